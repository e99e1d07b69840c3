package com.sportshub.web.problems;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** Builds RFC 9457 problem details, the body of every error answer of the REST API. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String UNAUTHORIZED = "a valid bearer token is required";

  private Problems() {}

  public static Response of(int status, String title, String detail) {
    return respond(status, problem(status, title, detail));
  }

  /** 401, saying how to authenticate (RFC 6750). */
  public static Response unauthorized() {
    return Response.fromResponse(of(401, "Unauthorized", UNAUTHORIZED))
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  /** 503: the writer should retry after {@code seconds}. */
  public static Response unavailable(String detail, int seconds) {
    return Response.fromResponse(of(503, "Service unavailable", detail))
        .header("Retry-After", String.valueOf(seconds))
        .build();
  }

  public static Response ofField(int status, String title, String detail, String field) {
    return respond(status, problem(status, title, detail).add("field", field));
  }

  /**
   * A problem with more members ({@code allowedCommands}, {@code code}...) beside the standard
   * ones.
   */
  public static Response withMembers(int status, String title, String detail, JsonObject members) {
    JsonObjectBuilder body = problem(status, title, detail);
    members.forEach(body::add);
    return respond(status, body);
  }

  public static boolean isProblem(Response response) {
    return response.hasEntity()
        && response.getMediaType() != null
        && MEDIA_TYPE.equals(response.getMediaType().toString());
  }

  private static JsonObjectBuilder problem(int status, String title, String detail) {
    return Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", title)
        .add("status", status)
        .add("detail", detail == null ? title : detail);
  }

  /** The body alone, for answers written outside JAX-RS ({@link ContainerErrors}). */
  public static String body(int status, String title, String detail) {
    return problem(status, title, detail).build().toString();
  }

  private static Response respond(int status, JsonObjectBuilder body) {
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }
}
