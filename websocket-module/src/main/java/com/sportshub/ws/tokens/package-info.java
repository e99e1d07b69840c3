/**
 * The rules a bearer token's times must meet, shared by the REST API (whose MicroProfile JWT checks
 * signature, issuer and required claims) and the WebSocket (which checks a token that arrives in a
 * message, where the container does not look). One place, so the two paths cannot drift apart.
 */
package com.sportshub.ws.tokens;
