package com.sportshub.matches.entity;

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
import java.util.UUID;

/**
 * Something that happened in a match (see {@link MatchEventType}), in the order recorded ({@code
 * seq}) and the phase it happened in. A correction rewrites the event's facts but never its phase
 * or order; the score is counted again from all events afterwards.
 */
@Entity
@Table(name = "match_event", schema = "matches")
@NamedQuery(
    name = MatchEvent.OF_MATCH,
    query = "select e from MatchEvent e where e.matchId = :matchId order by e.seq")
@NamedQuery(
    name = MatchEvent.OF_MATCHES,
    query = "select e from MatchEvent e where e.matchId in :matchIds order by e.matchId, e.seq")
public class MatchEvent {

  public static final String OF_MATCH = "MatchEvent.ofMatch";
  public static final String OF_MATCHES = "MatchEvent.ofMatches";

  @Id
  @Column(name = "event_id")
  private String id;

  @Column(name = "match_id", nullable = false)
  private String matchId;

  @Column(nullable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false)
  private MatchEventType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Side side;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MatchPhase phase;

  // "minute" is a reserved word of H2, the run command's fallback database.
  @Column(name = "match_minute")
  private Integer minute;

  private Integer stoppage;

  private String player;

  @Column(name = "related_player")
  private String relatedPlayer;

  private String detail;

  @Column(name = "refers_to")
  private String refersTo;

  @Column(nullable = false)
  private String source;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "corrected_at")
  private OffsetDateTime correctedAt;

  protected MatchEvent() {}

  public MatchEvent(
      String matchId, int seq, MatchPhase phase, EventFacts facts, String source, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.matchId = matchId;
    this.seq = seq;
    this.phase = phase;
    this.source = source;
    this.recordedAt = now.atOffset(ZoneOffset.UTC);
    take(facts);
  }

  /** Rewrites the facts; the phase and the order stay. */
  public void correct(EventFacts facts, Instant now) {
    take(facts);
    correctedAt = now.atOffset(ZoneOffset.UTC);
  }

  private void take(EventFacts facts) {
    this.type = facts.type();
    this.side = facts.side();
    this.minute = facts.minute();
    this.stoppage = facts.stoppage();
    this.player = facts.player();
    this.relatedPlayer = facts.relatedPlayer();
    this.detail = facts.detail();
    this.refersTo = facts.refersTo();
  }

  public EventFacts facts() {
    return new EventFacts(type, side, minute, stoppage, player, relatedPlayer, detail, refersTo);
  }

  /** Whether this is a VAR decision taking a goal off the score. */
  public boolean disallowsGoal() {
    return type == MatchEventType.VAR && MatchEventType.GOAL_DISALLOWED.equals(detail);
  }

  public String id() {
    return id;
  }

  public String matchId() {
    return matchId;
  }

  public int seq() {
    return seq;
  }

  public MatchEventType type() {
    return type;
  }

  public Side side() {
    return side;
  }

  public MatchPhase phase() {
    return phase;
  }

  public Integer minute() {
    return minute;
  }

  public Integer stoppage() {
    return stoppage;
  }

  public String player() {
    return player;
  }

  public String relatedPlayer() {
    return relatedPlayer;
  }

  public String detail() {
    return detail;
  }

  public String refersTo() {
    return refersTo;
  }

  public String source() {
    return source;
  }

  public Instant recordedAt() {
    return recordedAt.toInstant();
  }

  public Instant correctedAt() {
    return correctedAt == null ? null : correctedAt.toInstant();
  }
}
