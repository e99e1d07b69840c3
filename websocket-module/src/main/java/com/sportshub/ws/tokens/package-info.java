/**
 * The rules a bearer token must meet, shared by the REST API (whose MicroProfile JWT checks
 * signature, issuer and required claims) and the WebSocket (which checks a token that arrives in a
 * message, where the container does not look). One place, so the two paths cannot drift apart: the
 * times ({@link com.sportshub.ws.tokens.TokenTimes}, applied on both), and what the socket reads
 * from the same MicroProfile JWT settings that Payara reads for REST: the keys ({@link
 * com.sportshub.ws.tokens.TokenKeySet}: PEM or JWKS, chosen by {@code kid} as Payara chooses) and
 * issuer, audiences and algorithm ({@link com.sportshub.ws.tokens.TokenRules}).
 *
 * <p>JOSE itself (parsing, JWK sets, signatures) is Nimbus JOSE+JWT, the library Payara's MP-JWT is
 * built on; the application carries its own copy, loaded child first.
 */
package com.sportshub.ws.tokens;
