package com.sportshub.odds.control.feed;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where and how to poll a The Odds API v4 compatible server: the base address (without {@code
 * /v4}), the key, the sport keys polled, the {@code regions} and {@code markets} query values
 * (comma separated, as the API takes them), the normal interval between polls of one sport, and the
 * time one request may take.
 *
 * <p>{@link #toString()} leaves the key out, so the settings can be logged.
 */
public record OddsApiSettings(
    URI baseUrl,
    String apiKey,
    List<String> sports,
    String regions,
    String markets,
    Duration interval,
    Duration timeout) {

  public OddsApiSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey is required");
    }
    sports = List.copyOf(sports);
    Objects.requireNonNull(regions, "regions");
    Objects.requireNonNull(markets, "markets");
    requirePositive(interval, "interval");
    requirePositive(timeout, "timeout");
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  @Override
  public String toString() {
    return "OddsApiSettings[baseUrl=%s, apiKey=***, sports=%s, regions=%s, markets=%s, interval=%s, timeout=%s]"
        .formatted(baseUrl, sports, regions, markets, interval, timeout);
  }
}
