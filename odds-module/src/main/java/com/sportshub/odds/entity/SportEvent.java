package com.sportshub.odds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A fixture that prices are quoted on: who plays whom, when, and its betting status. */
@Entity
@Table(name = "sport_event", schema = "odds")
@NamedQuery(
    name = SportEvent.OF_SPORT,
    query =
        "select e from SportEvent e where e.sportKey = :sportKey and e.status in :statuses"
            + " order by e.commenceTime, e.id")
@NamedQuery(
    name = SportEvent.BY_IDS,
    query = "select e from SportEvent e where e.id in :ids order by e.id")
public class SportEvent {

  public static final String OF_SPORT = "SportEvent.ofSport";
  public static final String BY_IDS = "SportEvent.byIds";

  @Id
  @Column(name = "event_id")
  private String id;

  @Column(name = "sport_key", nullable = false)
  private String sportKey;

  @Column(name = "commence_time", nullable = false)
  private OffsetDateTime commenceTime;

  @Column(name = "home_team", nullable = false)
  private String homeTeam;

  @Column(name = "away_team", nullable = false)
  private String awayTeam;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventStatus status;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  // How many times the event's prices changed; every write of a price counts it in the same
  // transaction, so an equal count means an unchanged book (see BookCache).
  @Column(name = "book_version", nullable = false)
  private long bookVersion;

  protected SportEvent() {}

  public SportEvent(FeedEvent feed, EventStatus status, Instant now) {
    this.id = feed.id();
    this.sportKey = feed.sportKey();
    this.status = status;
    describe(feed, now);
  }

  /**
   * Takes the fixture details of the feed (kick-off moved, a team renamed); true when any changed.
   * The sport of an event never changes: its prices are indexed by it.
   */
  public boolean describe(FeedEvent feed, Instant now) {
    OffsetDateTime commence = feed.commenceTime().atOffset(ZoneOffset.UTC);
    boolean changed =
        commenceTime == null
            || !commenceTime.isEqual(commence)
            || !feed.homeTeam().equals(homeTeam)
            || !feed.awayTeam().equals(awayTeam);
    if (changed) {
      commenceTime = commence;
      homeTeam = feed.homeTeam();
      awayTeam = feed.awayTeam();
      updatedAt = now.atOffset(ZoneOffset.UTC);
    }
    return changed;
  }

  /** Moves to the status; true when it is a change. */
  public boolean moveTo(EventStatus next, Instant now) {
    if (status == next) {
      return false;
    }
    status = next;
    updatedAt = now.atOffset(ZoneOffset.UTC);
    return true;
  }

  /** Counts a change of the event's prices; the count is written with them. */
  public void bookChanged() {
    bookVersion++;
  }

  public long bookVersion() {
    return bookVersion;
  }

  public String id() {
    return id;
  }

  public String sportKey() {
    return sportKey;
  }

  public Instant commenceTime() {
    return commenceTime.toInstant();
  }

  public String homeTeam() {
    return homeTeam;
  }

  public String awayTeam() {
    return awayTeam;
  }

  public EventStatus status() {
    return status;
  }
}
