package com.sportshub.web.security;

import com.sportshub.web.problems.Problems;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} of every resource method
 * (the method's annotation, else its class's) before the body is read: 401 without a valid token,
 * 403 without the role.
 *
 * <p>The server should do this itself, and on Payara Micro it does; but our EAR test caught Payara
 * Server 6.2025.9 running a {@code @RolesAllowed} method of a CDI resource for an anonymous caller
 * (payara/Payara#7987 reports the same kind of failure), and a write API must not depend on that. A
 * method with no rule at all is refused: access is declared, never assumed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(RoleCheck.class.getName());

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceMethod() == null) {
      return; // no resource matched: the 404 (or 405) answers
    }
    AnnotatedElement rules =
        declaresRule(resource.getResourceMethod())
            ? resource.getResourceMethod()
            : resource.getResourceClass();
    if (rules.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed allowed = rules.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      if (!rules.isAnnotationPresent(DenyAll.class)) {
        LOG.warning(() -> "no access rule on " + resource.getResourceMethod() + ": refused");
      }
      request.abortWith(Problems.of(403, "Forbidden", "this operation is not open to anyone"));
      return;
    }
    var security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      request.abortWith(Problems.unauthorized());
    } else if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
      request.abortWith(
          Problems.of(
              403, "Forbidden", "needs one of the roles " + Arrays.toString(allowed.value())));
    }
  }

  private static boolean declaresRule(AnnotatedElement element) {
    return element.isAnnotationPresent(PermitAll.class)
        || element.isAnnotationPresent(RolesAllowed.class)
        || element.isAnnotationPresent(DenyAll.class);
  }
}
