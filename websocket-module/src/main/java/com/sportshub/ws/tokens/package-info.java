/**
 * What the hub's one token check ({@code ws.endpoint.BearerTokens}, for the REST API and the socket
 * alike) reads and shares: the times ({@link com.sportshub.ws.tokens.TokenTimes}), the keys ({@link
 * com.sportshub.ws.tokens.TokenKeySet}: PEM or JWKS, chosen by {@code kid} as Payara chooses),
 * issuer, audiences and algorithm ({@link com.sportshub.ws.tokens.TokenRules}), all from the
 * MicroProfile JWT settings, and the memory of tokens already verified ({@link
 * com.sportshub.ws.tokens.VerifiedTokens}).
 *
 * <p>JOSE itself (parsing, JWK sets, signatures) is Nimbus JOSE+JWT, the library Payara's MP-JWT is
 * built on; the application carries its own copy, loaded child first.
 */
package com.sportshub.ws.tokens;
