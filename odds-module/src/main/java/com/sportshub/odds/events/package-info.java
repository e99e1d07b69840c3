/**
 * The published language of the odds context: immutable past-tense records fired by the boundary.
 * The WebSocket relay may import this package and nothing else of the context.
 */
package com.sportshub.odds.events;
