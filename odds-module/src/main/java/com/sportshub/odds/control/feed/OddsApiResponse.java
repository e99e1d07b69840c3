package com.sportshub.odds.control.feed;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one odds poll answered: the HTTP status, the body text as sent (JSON on success, an error
 * object otherwise; parsing is the caller's business), the usage quota and, on refusals, how long
 * the server asked us to wait ({@code Retry-After}).
 */
public record OddsApiResponse(
    int status, String body, RateLimit rateLimit, Optional<Duration> retryAfter) {

  /** The error code The Odds API v4 sends, with a 401, once a key has no credits left. */
  public static final String OUT_OF_CREDITS = "OUT_OF_USAGE_CREDITS";

  public OddsApiResponse {
    body = body == null ? "" : body;
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(retryAfter, "retryAfter");
  }

  public boolean successful() {
    return status >= 200 && status < 300;
  }

  /** True when the server says the quota is spent: no credits left, or its out-of-credits error. */
  public boolean quotaSpent() {
    return rateLimit.exhausted() || (!successful() && body.contains(OUT_OF_CREDITS));
  }
}
