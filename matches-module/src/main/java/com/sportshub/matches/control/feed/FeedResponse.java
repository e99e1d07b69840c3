package com.sportshub.matches.control.feed;

import java.time.Duration;

/**
 * What a feed answered: status, body, and how long it asked us to wait ({@code Retry-After}, or
 * football-data.org's {@code X-RequestCounter-Reset}); null when it did not say.
 */
public record FeedResponse(int status, String body, Duration retryAfter) {

  public boolean successful() {
    return status >= 200 && status < 300;
  }

  /** 401 or 403: the feed refused our credentials; asking again will not help. */
  public boolean refused() {
    return status == 401 || status == 403;
  }
}
