/**
 * What the hub's one token check ({@code ws.endpoint.BearerTokens}, for the REST API and the socket
 * alike) shares: the rules a bearer token's times must meet ({@link TokenTimes}) and the memory of
 * tokens already verified ({@link VerifiedTokens}).
 */
package com.sportshub.ws.tokens;
