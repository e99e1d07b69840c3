package com.sportshub.racing.entity;

import com.sportshub.racing.commands.MeetingDraft;
import com.sportshub.racing.commands.ToteConvention;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A day's racing at one course: where, when, the going, and which tote rules its pools follow. */
@Entity
@Table(name = "meeting", schema = "racing")
@NamedQuery(
    name = Meeting.ON_DATE,
    query = "select m from Meeting m where m.date = :date order by m.course, m.id")
public class Meeting {

  public static final String ON_DATE = "Meeting.onDate";

  @Id
  @Column(name = "meeting_id")
  private String id;

  @Column(nullable = false)
  private String course;

  @Column(name = "race_date", nullable = false)
  private LocalDate date;

  @Column(nullable = false)
  private String country;

  private String going;

  @Enumerated(EnumType.STRING)
  @Column(name = "tote_convention", nullable = false)
  private ToteConvention convention;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeetingStatus status;

  // OffsetDateTime, not Instant: the EclipseLink in Payara 6.2025.9 binds Instant as bytes.
  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Meeting() {}

  public Meeting(MeetingDraft draft, ToteConvention convention, Instant now) {
    this.id = draft.meetingId();
    this.course = draft.course();
    this.date = draft.date();
    this.country = draft.country();
    this.going = draft.going();
    this.convention = convention;
    this.status = MeetingStatus.SCHEDULED;
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Moves to the status; true when it is a change. */
  public boolean moveTo(MeetingStatus next, Instant now) {
    if (status == next) {
      return false;
    }
    status = next;
    updatedAt = now.atOffset(ZoneOffset.UTC);
    return true;
  }

  public String id() {
    return id;
  }

  public String course() {
    return course;
  }

  public LocalDate date() {
    return date;
  }

  public String country() {
    return country;
  }

  public String going() {
    return going;
  }

  public ToteConvention convention() {
    return convention;
  }

  public MeetingStatus status() {
    return status;
  }
}
