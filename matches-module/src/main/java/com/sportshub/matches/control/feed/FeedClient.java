package com.sportshub.matches.control.feed;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * GETs a feed request and hands back any HTTP answer, whatever its status; only a missing answer
 * (connection refused, timeout) is thrown. Keys travel in headers, so no message names them.
 */
public final class FeedClient {

  private final HttpClient http;
  private final Duration timeout;

  public FeedClient(Duration timeout) {
    this(HttpClient.newBuilder().connectTimeout(timeout).build(), timeout);
  }

  public FeedClient(HttpClient http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  public FeedResponse get(FeedRequest request) throws IOException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri()).timeout(timeout).header("Accept", "application/json");
    request.headers().forEach(builder::header);
    try {
      HttpResponse<String> answer =
          http.send(builder.GET().build(), HttpResponse.BodyHandlers.ofString());
      Optional<String> wait =
          answer
              .headers()
              .firstValue("Retry-After")
              .or(() -> answer.headers().firstValue("X-RequestCounter-Reset"));
      return new FeedResponse(
          answer.statusCode(), answer.body(), wait.flatMap(FeedClient::seconds).orElse(null));
    } catch (HttpTimeoutException e) {
      throw new IOException("no answer from " + request.uri().getHost() + " within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static Optional<Duration> seconds(String value) {
    try {
      long seconds = Long.parseLong(value.trim());
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      return Optional.empty();
    }
  }
}
