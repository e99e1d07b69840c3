package com.sportshub.matches.control.feed;

import com.sportshub.matches.entity.InvalidMatchInput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Polls one feed when its pacing says so: every request of the feed, each answer read into matches.
 * What one request yields is kept even when another fails; the poll then counts as failed. Called
 * from one thread at a time.
 */
public final class FeedPoller {

  /** What a poll brought: the matches read, the feed's state after it, and the error (or null). */
  public record Polled(String feed, List<FeedMatch> matches, String state, String error) {}

  private final ScoreSource source;
  private final FeedClient client;
  private final PollPacing pacing;
  private final Supplier<Instant> clock;

  public FeedPoller(
      ScoreSource source, FeedClient client, PollPacing pacing, Supplier<Instant> clock) {
    this.source = source;
    this.client = client;
    this.pacing = pacing;
    this.clock = clock;
  }

  public String name() {
    return source.name();
  }

  public String state() {
    return pacing.state();
  }

  public boolean due(Instant now) {
    return pacing.due(now);
  }

  /** Polls every request of the feed now, whether due or not. */
  public Polled poll() {
    List<FeedMatch> matches = new ArrayList<>();
    String error = null;
    java.time.Duration wait = null;
    boolean refused = false;
    for (FeedRequest request : source.requests(clock.get())) {
      try {
        FeedResponse answer = client.get(request);
        if (answer.successful()) {
          matches.addAll(source.read(request, answer.body()));
        } else {
          error =
              request.competition()
                  + ": HTTP "
                  + answer.status()
                  + (answer.refused() ? " (credentials refused)" : "");
          refused |= answer.refused();
          wait = answer.retryAfter() != null ? answer.retryAfter() : wait;
        }
      } catch (IOException e) {
        error = request.competition() + ": " + e.getMessage();
      } catch (InvalidMatchInput e) {
        error = request.competition() + ": unreadable answer, " + e.getMessage();
      }
    }
    Instant now = clock.get();
    if (refused) {
      pacing.refused();
    } else if (error != null) {
      pacing.failed(now, wait);
    } else {
      pacing.succeeded(now);
    }
    return new Polled(source.name(), matches, pacing.state(), error);
  }
}
