package com.sportshub.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The hub's REST API over real HTTP. */
public final class Api {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  public Api(URI base) {
    this.base = base;
  }

  public Response get(String path) throws Exception {
    return send(request(path).GET());
  }

  public Response get(String path, String token) throws Exception {
    return send(authorised(request(path).GET(), token));
  }

  public Response delete(String path, String token) throws Exception {
    return send(authorised(request(path).DELETE(), token));
  }

  private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  public Response post(String path, String token, String json) throws Exception {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  public Response put(String path, String token, String json) throws Exception {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    return send(authorised(request, token));
  }

  /** Any method, with the body as given and the content type as given (none when null). */
  public Response send(String method, String path, String token, String contentType, String body)
      throws Exception {
    HttpRequest.Builder request =
        request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(authorised(request, token));
  }

  /** Posts without a declared length (chunked), as a streaming client would. */
  public Response postChunked(String path, String token, String json) throws Exception {
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(bytes)));
    return send(authorised(request, token));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
  }

  private Response send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body(),
        response.headers());
  }

  /** A status, a content type, a body and the other headers. */
  public record Response(
      int status, String contentType, String body, java.net.http.HttpHeaders headers) {

    /** The header's first value, or null. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }
  }
}
