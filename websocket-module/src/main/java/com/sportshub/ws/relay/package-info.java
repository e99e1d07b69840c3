/**
 * Observers of the contexts' published events, after their transaction succeeded, that turn each
 * into updates on channels, and the snapshots of those channels. The only place the WebSocket layer
 * touches a context (besides the endpoint's {@code match_command}), and then only its published
 * {@code events} and {@code query} packages.
 */
package com.sportshub.ws.relay;
