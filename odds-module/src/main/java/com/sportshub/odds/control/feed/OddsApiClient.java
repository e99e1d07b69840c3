package com.sportshub.odds.control.feed;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;

/**
 * Polls {@code GET {baseUrl}/v4/sports/{sport}/odds} of a The Odds API v4 compatible server for
 * decimal prices with ISO dates and hands back the raw body with the quota headers. Any HTTP answer
 * is returned, whatever its status, so the {@link PollSchedule} can judge it; only a missing answer
 * is thrown.
 *
 * <p>The key travels in the query string, as the API requires, so it is kept out of every message
 * this class produces.
 */
public final class OddsApiClient {

  private final OddsApiSettings settings;
  private final HttpClient http;
  private final Clock clock;

  public OddsApiClient(OddsApiSettings settings) {
    this(
        settings,
        HttpClient.newBuilder().connectTimeout(settings.timeout()).build(),
        Clock.systemUTC());
  }

  /** With a given HTTP client and the clock used to read date-valued {@code Retry-After}. */
  public OddsApiClient(OddsApiSettings settings, HttpClient http, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.http = Objects.requireNonNull(http, "http");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Fetches the current odds of one sport.
   *
   * @throws OddsApiException when no HTTP answer came: I/O failure, timeout, or this thread was
   *     interrupted (its interrupt flag is then set again)
   */
  public OddsApiResponse fetchOdds(String sport) throws OddsApiException {
    HttpRequest request =
        HttpRequest.newBuilder(oddsUri(sport))
            .timeout(settings.timeout())
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new OddsApiResponse(
          response.statusCode(),
          response.body(),
          RateLimit.fromHeaders(name -> response.headers().firstValue(name)),
          response
              .headers()
              .firstValue("Retry-After")
              .flatMap(value -> RetryAfter.parse(value, clock.instant())));
    } catch (HttpTimeoutException e) {
      throw failure(sport, "no answer within " + settings.timeout(), e, true);
    } catch (IOException e) {
      throw failure(sport, e.getClass().getSimpleName() + ": " + e.getMessage(), e, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(sport, "interrupted", e, false);
    }
  }

  URI oddsUri(String sport) {
    String base = settings.baseUrl().toString().replaceAll("/+$", "");
    return URI.create(
        base
            + "/v4/sports/"
            + encode(sport).replace("+", "%20")
            + "/odds?apiKey="
            + encode(settings.apiKey())
            + "&regions="
            + encode(settings.regions())
            + "&markets="
            + encode(settings.markets())
            + "&oddsFormat=decimal&dateFormat=iso");
  }

  private OddsApiException failure(String sport, String reason, Exception cause, boolean timedOut) {
    String message = redact("odds poll of " + sport + " failed: " + reason);
    return new OddsApiException(message, mentionsKey(cause) ? null : cause, timedOut);
  }

  private String redact(String text) {
    return text.replace(settings.apiKey(), "***").replace(encode(settings.apiKey()), "***");
  }

  private boolean mentionsKey(Throwable error) {
    int depth = 0;
    for (Throwable t = error; t != null && depth++ < 20; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains(settings.apiKey()) || message.contains(encode(settings.apiKey()))) {
        return true;
      }
    }
    return false;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
