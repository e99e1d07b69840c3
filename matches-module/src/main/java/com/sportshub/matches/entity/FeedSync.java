package com.sportshub.matches.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How one feed's synchronisation stands, kept in the database so that every node (and the data
 * quality report) sees it: its state ({@code ok}, {@code failing}, {@code stopped}...), the last
 * attempt and success, the last error, failures in a row, and matches it has updated.
 */
@Entity
@Table(name = "feed_sync", schema = "matches")
@NamedQuery(name = FeedSync.ALL, query = "select f from FeedSync f order by f.feed")
public class FeedSync {

  public static final String ALL = "FeedSync.all";

  @Id private String feed;

  @Column(nullable = false)
  private String state;

  @Column(name = "last_attempt")
  private OffsetDateTime lastAttempt;

  @Column(name = "last_success")
  private OffsetDateTime lastSuccess;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "consecutive_failures", nullable = false)
  private int consecutiveFailures;

  @Column(name = "matches_updated", nullable = false)
  private long matchesUpdated;

  protected FeedSync() {}

  public FeedSync(String feed, String state) {
    this.feed = feed;
    this.state = state;
  }

  /** Records a poll; true when the feed's state changed (worth telling clients). */
  public boolean record(FeedReport report) {
    boolean changed = !report.state().equals(state);
    state = report.state();
    lastAttempt = utc(report.at());
    if (report.error() == null) {
      lastSuccess = utc(report.at());
      consecutiveFailures = 0;
    } else {
      lastError = report.error().length() > 500 ? report.error().substring(0, 500) : report.error();
      consecutiveFailures++;
    }
    matchesUpdated += report.matchesUpdated();
    return changed;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public String feed() {
    return feed;
  }

  public String state() {
    return state;
  }

  public Instant lastAttempt() {
    return lastAttempt == null ? null : lastAttempt.toInstant();
  }

  public Instant lastSuccess() {
    return lastSuccess == null ? null : lastSuccess.toInstant();
  }

  public String lastError() {
    return lastError;
  }

  public int consecutiveFailures() {
    return consecutiveFailures;
  }

  public long matchesUpdated() {
    return matchesUpdated;
  }
}
