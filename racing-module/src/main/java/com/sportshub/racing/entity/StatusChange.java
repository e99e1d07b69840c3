package com.sportshub.racing.entity;

import com.sportshub.racing.events.RaceStatus;
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

/** One move of a race, as it was made: from where, to where, when and by which feed. */
@Entity
@Table(name = "race_status_change", schema = "racing")
@NamedQuery(
    name = StatusChange.OF_RACE,
    query = "select c from StatusChange c where c.raceId = :raceId order by c.changedAt, c.id")
public class StatusChange {

  public static final String OF_RACE = "StatusChange.ofRace";

  @Id
  @Column(name = "change_id")
  private String id;

  @Column(name = "race_id", nullable = false)
  private String raceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private RaceStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false)
  private RaceStatus to;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  @Column(nullable = false)
  private String source;

  protected StatusChange() {}

  /** {@code from} is null for the race's first state, as declared. */
  public StatusChange(String raceId, RaceStatus from, RaceStatus to, Instant at, String source) {
    this.id = UUID.randomUUID().toString();
    this.raceId = raceId;
    this.from = from;
    this.to = to;
    this.changedAt = at.atOffset(ZoneOffset.UTC);
    this.source = source;
  }

  public RaceStatus from() {
    return from;
  }

  public RaceStatus to() {
    return to;
  }

  public Instant changedAt() {
    return changedAt.toInstant();
  }

  public String source() {
    return source;
  }
}
