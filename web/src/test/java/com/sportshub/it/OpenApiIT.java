package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /openapi} describes every operation the resource classes declare, with the roles each
 * needs and problem-details answers. The operations are read here from the compiled classes, apart
 * from how the hub reads them, so a resource method the document misses fails this test.
 */
@ExtendWith(HubNode.class)
class OpenApiIT {

  @Test
  void everyResourceMethodIsDescribedWithTheRolesItNeeds(PayaraMicro hub) throws Exception {
    JsonObject doc = new Api(hub.base()).get("/openapi?format=json").json().asJsonObject();
    assertEquals("Sports real-time hub", doc.getJsonObject("info").getString("title"));
    assertEquals(
        "bearer",
        doc.getJsonObject("components")
            .getJsonObject("securitySchemes")
            .getJsonObject("jwt")
            .getString("scheme"));
    JsonObject paths = doc.getJsonObject("paths");
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Class<?> resource : resources()) {
      String base = "/api/" + resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        String verb = verb(method);
        if (verb == null) {
          continue;
        }
        checked++;
        Path sub = method.getAnnotation(Path.class);
        String path = (sub == null ? base : base + "/" + sub.value()).replaceAll("/+", "/");
        JsonObject pathItem = paths.getJsonObject(path);
        JsonObject operation =
            pathItem == null ? null : pathItem.getJsonObject(verb.toLowerCase(Locale.ROOT));
        if (operation == null) {
          wrong.add(verb + " " + path + ": missing");
          continue;
        }
        Set<String> roles = roles(resource, method);
        Set<String> described = new TreeSet<>();
        if (operation.containsKey("x-roles")) {
          operation.getJsonArray("x-roles").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .forEach(described::add);
        }
        boolean secured = operation.containsKey("security");
        if (!roles.isEmpty() && !roles.equals(described)) {
          wrong.add(verb + " " + path + ": roles " + described + ", the code says " + roles);
        }
        if (secured == roles.isEmpty()) {
          wrong.add(verb + " " + path + ": security " + secured + ", the code's roles " + roles);
        }
        if (!operation.getJsonObject("responses").containsKey("404")) {
          wrong.add(verb + " " + path + ": no problem answers");
        }
      }
    }
    assertTrue(checked > 40, "resource methods found: " + checked);
    assertEquals(List.of(), wrong);
  }

  private static List<Class<?>> resources() throws Exception {
    java.nio.file.Path classes =
        java.nio.file.Path.of("target", "classes", "com", "sportshub", "web");
    List<Class<?>> found = new ArrayList<>();
    // The resources sit in a package per context, below this one.
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      for (java.nio.file.Path file : files.toList()) {
        String name = classes.relativize(file).toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type =
              Class.forName(
                  "com.sportshub.web."
                      + name.replace(".class", "")
                          .replace(file.getFileSystem().getSeparator(), "."));
          if (type.isAnnotationPresent(Path.class)) {
            found.add(type);
          }
        }
      }
    }
    return found;
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

  /** The roles the code asks; "any signed-in user" where it takes any valid token. */
  private static Set<String> roles(Class<?> resource, Method method) {
    if (Stream.of(resource.getAnnotations())
        .anyMatch(a -> a.annotationType().getSimpleName().equals("SignedIn"))) {
      return Set.of("any signed-in user");
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return Set.of();
    }
    RolesAllowed roles =
        method.isAnnotationPresent(RolesAllowed.class)
            ? method.getAnnotation(RolesAllowed.class)
            : resource.getAnnotation(RolesAllowed.class);
    return roles == null ? Set.of() : new TreeSet<>(List.of(roles.value()));
  }
}
