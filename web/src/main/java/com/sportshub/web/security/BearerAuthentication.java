package com.sportshub.web.security;

import com.sportshub.web.problems.Problems;
import com.sportshub.ws.boundary.Bearers;
import com.sportshub.ws.boundary.Bearers.Bearer;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * Takes the bearer token of a request (MicroProfile JWT: the same {@code mp.jwt.verify.*} keys) and
 * makes its caller the request's {@link SecurityContext}; {@link RoleCheck} then holds the method
 * to its roles. A request without a token is anonymous; one with a token that grants nothing gets
 * 401 saying why, before anything else runs.
 *
 * <p>Why not Payara's MP-JWT mechanism: it runs behind JASPIC for every request, and a profile of a
 * warm hub taking 1,000 broadcasts a second put 23 % of its CPU there (bean and JNDI look-ups to
 * find the mechanism, twice a request, besides the token check), for what is one cached look-up
 * here. And with one verifier ({@link Bearers}, the socket's) the REST API and the socket cannot
 * disagree about a token.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  @Inject Bearers bearers;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return;
    }
    try {
      Bearer bearer = bearers.verify(header.substring(BEARER.length()).strip());
      request.setSecurityContext(new Signed(bearer, request.getSecurityContext().isSecure()));
    } catch (Bearers.Refused rejected) {
      request.abortWith(
          Response.fromResponse(Problems.of(401, "Unauthorized", rejected.getMessage()))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
              .build());
    }
  }

  /** A request signed by a verified caller. */
  private record Signed(Bearer bearer, boolean isSecure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
      return bearer::name;
    }

    @Override
    public boolean isUserInRole(String role) {
      return bearer.roles().contains(role);
    }

    @Override
    public String getAuthenticationScheme() {
      return "MP-JWT";
    }
  }
}
