/**
 * The published language of the matches context: immutable past-tense records fired by the
 * boundary, after the state change and inside its transaction (observers that publish listen after
 * success). The WebSocket relay may import this package, {@code query} and {@code commands}, and
 * nothing else of the context.
 */
package com.sportshub.matches.events;
