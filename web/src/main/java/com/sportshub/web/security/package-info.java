/**
 * Who may do what: {@link com.sportshub.web.security.BearerAuthentication} takes a request's
 * MicroProfile JWT and verifies it with the verifier the socket uses (which remembers a token it
 * has verified, so that a writer's thousand requests with one token pay for one signature check,
 * never past the token's expiry); {@link com.sportshub.web.security.RoleCheck} holds each method to
 * its {@code @RolesAllowed}; {@link com.sportshub.web.security.Roles} names the roles.
 */
package com.sportshub.web.security;
