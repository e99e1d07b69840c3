package com.sportshub.web;

import com.sportshub.web.security.SignedIn;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every operation of the REST API as its resource classes declare it: path, HTTP method and the
 * roles it needs (none for a public read). Read from the classes themselves, so the OpenAPI
 * document ({@link OpenApiDescription}) cannot say other than what the code enforces.
 */
final class RestOperations {

  /** One operation; {@code roles} empty when anyone may call it. */
  record Operation(String path, String method, Set<String> roles) {}

  /** What {@link Operation#roles} holds for an operation that any valid token may call. */
  static final String SIGNED_IN = "any signed-in user";

  private RestOperations() {}

  /** By "METHOD path", e.g. {@code "GET /api/node"}. */
  static Map<String, Operation> all() {
    String root = "/" + HubApplication.class.getAnnotation(ApplicationPath.class).value();
    Map<String, Operation> operations = new TreeMap<>();
    for (Class<?> resource : resources()) {
      String base = join(root, resource.getAnnotation(Path.class).value());
      for (Method method : resource.getMethods()) {
        String verb = verb(method);
        if (verb == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String path = sub == null ? base : join(base, sub.value());
        Operation operation = new Operation(path, verb, roles(resource, method));
        operations.put(verb + " " + path, operation);
      }
    }
    return operations;
  }

  /** The application's beans that are resources (every resource here is a scoped bean). */
  private static List<Class<?>> resources() {
    return CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
        .map(Bean::getBeanClass)
        .filter(type -> type.isAnnotationPresent(Path.class))
        .distinct()
        .toList();
  }

  private static String verb(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  /** The roles an operation needs; {@link #SIGNED_IN} for any valid token. */
  private static Set<String> roles(Class<?> resource, Method method) {
    if (method.isAnnotationPresent(SignedIn.class)
        || resource.isAnnotationPresent(SignedIn.class)) {
      return Set.of(SIGNED_IN);
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return Set.of();
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      roles = resource.getAnnotation(RolesAllowed.class);
    }
    return roles == null ? Set.of() : Set.of(roles.value());
  }

  /** Joins path parts with one slash between them, and strips a parameter's regular expression. */
  private static String join(String base, String part) {
    String joined = (base + "/" + part).replaceAll("/+", "/");
    joined = joined.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }
}
