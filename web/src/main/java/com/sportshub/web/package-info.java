/**
 * The WAR's own code: JAX-RS resources over the context boundaries, the security set-up
 * (MicroProfile JWT and its roles) and the mapping of bad input to problem details. It calls
 * boundaries only, never a context's control or store classes.
 *
 * <p>Racing: {@code racing/meetings}, {@code racing/races/{id}}, {@code racing/news}, {@code
 * racing/follows} and {@code racing/simulator}. Request bodies are read into the context's drafts
 * by {@link com.sportshub.web.RacingRequests} (a value of the wrong type is 400 naming the field
 * here; what a value must hold is the context's to say, and it names the field too).
 *
 * <p>Bodies: every body a resource takes as a JSON-P value is read by {@link
 * com.sportshub.web.JsonBodyReader}, which refuses what no resource can use (the wrong JSON type,
 * deep nesting, absurd numbers, no content type) with a problem naming where it is.
 *
 * <p>Errors: resources and filters answer with {@link com.sportshub.web.Problems}; exceptions go
 * through the mappers here; what the container answers itself (a path outside the API) goes to the
 * error page {@link com.sportshub.web.ContainerErrors}. The database being away is 503, logged once
 * per outage ({@link com.sportshub.web.DatabaseOutage}), as the broker's backlog is.
 *
 * <p>Tokens: {@link com.sportshub.web.BearerAuthentication} verifies a request's MicroProfile JWT
 * with the verifier the socket uses, which remembers what it concluded for a token it has seen, so
 * that a writer's thousand requests with one token pay for one signature check (never past the
 * token's expiry); {@link com.sportshub.web.RoleCheck} enforces {@code @RolesAllowed}.
 */
package com.sportshub.web;
