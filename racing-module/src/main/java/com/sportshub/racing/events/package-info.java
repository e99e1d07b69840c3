/**
 * The published language of the racing context: immutable past-tense records fired by the boundary,
 * inside the transaction that made the change, after the change. The WebSocket relay observes them
 * after success and may import this package and {@code query}, nothing else.
 *
 * <p>{@link com.sportshub.racing.events.RaceStatus} lives here because the events report it and
 * writers name it in a transition: it is part of what the context publishes.
 */
package com.sportshub.racing.events;
