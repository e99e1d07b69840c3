package com.sportshub.racing.entity;

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

/**
 * A race on a meeting's card and where it stands. Which moves are allowed is the lifecycle's
 * business; the race only records the one made.
 */
@Entity
@Table(name = "race", schema = "racing")
@NamedQuery(
    name = Race.OF_MEETINGS,
    query = "select r from Race r where r.meetingId in :meetingIds order by r.offTime, r.number")
@NamedQuery(
    name = Race.NUMBERED,
    query = "select r from Race r where r.meetingId = :meetingId and r.number = :number")
public class Race {

  public static final String OF_MEETINGS = "Race.ofMeetings";
  public static final String NUMBERED = "Race.numbered";

  @Id
  @Column(name = "race_id")
  private String id;

  @Column(name = "meeting_id", nullable = false)
  private String meetingId;

  @Column(name = "race_number", nullable = false)
  private int number;

  @Column(nullable = false)
  private String name;

  @Column(name = "off_time", nullable = false)
  private OffsetDateTime offTime;

  @Column(name = "distance_metres", nullable = false)
  private int distanceMetres;

  @Column(name = "race_class")
  private String raceClass;

  @Column(name = "places_paid", nullable = false)
  private int placesPaid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RaceStatus status;

  @Column(name = "status_at", nullable = false)
  private OffsetDateTime statusAt;

  @Column(name = "result_version", nullable = false)
  private int resultVersion;

  protected Race() {}

  public Race(String meetingId, RaceDraft draft, Instant now) {
    this.id = draft.raceId();
    this.meetingId = meetingId;
    this.number = draft.number();
    this.name = draft.name();
    this.offTime = draft.offTime().atOffset(ZoneOffset.UTC);
    this.distanceMetres = draft.distanceMetres();
    this.raceClass = draft.raceClass();
    this.placesPaid = draft.placesPaid();
    this.status = RaceStatus.DORMANT;
    this.statusAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Records a move the lifecycle allowed; returns the state it left. */
  public RaceStatus moveTo(RaceStatus next, Instant now) {
    RaceStatus left = status;
    status = next;
    statusAt = now.atOffset(ZoneOffset.UTC);
    return left;
  }

  /** Starts the next version of the result and returns its number (1 for the first). */
  public int nextResultVersion() {
    return ++resultVersion;
  }

  public String id() {
    return id;
  }

  public String meetingId() {
    return meetingId;
  }

  public int number() {
    return number;
  }

  public String name() {
    return name;
  }

  public Instant offTime() {
    return offTime.toInstant();
  }

  public int distanceMetres() {
    return distanceMetres;
  }

  public String raceClass() {
    return raceClass;
  }

  public int placesPaid() {
    return placesPaid;
  }

  public RaceStatus status() {
    return status;
  }

  public Instant statusAt() {
    return statusAt.toInstant();
  }

  /** The version of the current result; 0 when none was declared. */
  public int resultVersion() {
    return resultVersion;
  }
}
