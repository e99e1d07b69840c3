/**
 * The {@code /ws} WebSocket endpoint and its protocol: message types, error codes, close codes and
 * channel names. docs/protocol.md is the public description of what lives here.
 */
package com.sportshub.ws.endpoint;
