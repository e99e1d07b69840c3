package com.sportshub.racing.entity;

import com.sportshub.racing.commands.RaceDraft;
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

  private boolean handicap;

  // Null while the places follow the runners (PlaceTerms); set where a publisher fixed them.
  @Column(name = "places_paid")
  private Integer fixedPlaces;

  @Column(name = "places_fixed_by")
  private String placesFixedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RaceStatus status;

  @Column(name = "status_at", nullable = false)
  private OffsetDateTime statusAt;

  @Column(name = "result_version", nullable = false)
  private int resultVersion;

  protected Race() {}

  /**
   * A race as its writer drafted it; {@code writer} is recorded as having fixed the places when the
   * draft names them.
   */
  public Race(String meetingId, RaceDraft draft, String writer, Instant now) {
    this.id = draft.raceId();
    this.meetingId = meetingId;
    this.number = draft.number();
    this.name = draft.name();
    this.offTime = draft.offTime().atOffset(ZoneOffset.UTC);
    this.distanceMetres = draft.distanceMetres();
    this.raceClass = draft.raceClass();
    this.handicap = Boolean.TRUE.equals(draft.handicap());
    fixPlaces(draft.placesPaid(), writer);
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

  /**
   * Fixes the places the race pays, recording who did; null places let them follow the runners
   * again.
   */
  public void fixPlaces(Integer places, String by) {
    fixedPlaces = places;
    placesFixedBy = places == null ? null : by;
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

  public boolean handicap() {
    return handicap;
  }

  /** The places a publisher fixed for this race; null while they follow the runners. */
  public Integer fixedPlaces() {
    return fixedPlaces;
  }

  /** Who fixed the places; null while they follow the runners. */
  public String placesFixedBy() {
    return placesFixedBy;
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
