/**
 * The {@code /ws} WebSocket endpoint and its protocol: message types, error codes, close codes and
 * channel names. docs/protocol.md is the public description of what lives here.
 *
 * <p>{@code match_command} is the one request that changes something: it goes to the matches
 * context's published command port ({@code com.sportshub.matches.commands}), with the caller the
 * connection's token made.
 */
package com.sportshub.ws.endpoint;
