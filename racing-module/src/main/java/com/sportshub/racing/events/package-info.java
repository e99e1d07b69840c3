/**
 * The published language of the racing context: immutable past-tense records fired by the boundary,
 * inside the transaction that made the change, after the change. The WebSocket relay observes them
 * after success and may import this package and {@code query}, nothing else.
 */
package com.sportshub.racing.events;
