package com.sportshub.matches.control.feed;

import com.sportshub.kernel.Backoff;
import java.time.Duration;
import java.time.Instant;

/**
 * When a feed is polled next. After a success, one interval later. After a failure, the interval
 * doubled per failure in a row, capped at {@code maxBackoff} (never shorter than the interval),
 * unless the feed said how long to wait. After refused credentials, never again ("stopped"). Pure:
 * the caller passes the time. States: idle (never polled), ok, failing, stopped.
 */
public final class PollPacing {

  private final Duration interval;
  private final Backoff backoff;
  private Instant next;
  private int failures;
  private String state = "idle";

  public PollPacing(Duration interval, Duration maxBackoff, Instant first) {
    this.backoff = new Backoff(interval, maxBackoff, 0); // checks the interval
    this.interval = interval;
    this.next = first;
  }

  public boolean due(Instant now) {
    return next != null && !now.isBefore(next);
  }

  public void succeeded(Instant now) {
    failures = 0;
    state = "ok";
    next = now.plus(interval);
  }

  /** A failed poll; {@code serverWait} is how long the feed asked us to wait, or null. */
  public void failed(Instant now, Duration serverWait) {
    failures++;
    state = "failing";
    next = now.plus(serverWait != null ? serverWait : backoff(failures));
  }

  public void refused() {
    failures++;
    state = "stopped";
    next = null;
  }

  /** The wait after the n-th failure in a row: interval * 2^(n-1), capped. */
  Duration backoff(int inRow) {
    return backoff.after(inRow);
  }

  public String state() {
    return state;
  }

  public int failures() {
    return failures;
  }

  /** When the next poll is due; null once stopped. */
  public Instant next() {
    return next;
  }
}
