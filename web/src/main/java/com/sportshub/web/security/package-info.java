/**
 * Who may do what: the roles ({@link com.sportshub.web.security.Roles}) and their check on each
 * request, the token's times, and the verified-token store. MicroProfile JWT verifies tokens;
 * {@link com.sportshub.web.security.VerifiedTokenStore}, the first identity store asked, remembers
 * what it concluded for a token it has seen, so that a writer's thousand requests with one token
 * pay for one signature check (never past the token's expiry).
 */
package com.sportshub.web.security;
