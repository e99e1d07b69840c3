package com.sportshub.matches.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A referee (a token subject) allowed to control one match, and the admin who allowed it. A referee
 * controls only the matches assigned to them.
 */
@Entity
@IdClass(RefereeAssignment.Key.class)
@Table(name = "referee_assignment", schema = "matches")
@NamedQuery(
    name = RefereeAssignment.OF_MATCH,
    query = "select a from RefereeAssignment a where a.matchId = :matchId order by a.referee")
public class RefereeAssignment {

  public static final String OF_MATCH = "RefereeAssignment.ofMatch";

  @Id
  @Column(name = "match_id")
  private String matchId;

  @Id private String referee;

  @Column(name = "assigned_by", nullable = false)
  private String assignedBy;

  @Column(name = "assigned_at", nullable = false)
  private OffsetDateTime assignedAt;

  protected RefereeAssignment() {}

  public RefereeAssignment(String matchId, String referee, String assignedBy, Instant now) {
    this.matchId = matchId;
    this.referee = referee;
    this.assignedBy = assignedBy;
    this.assignedAt = now.atOffset(ZoneOffset.UTC);
  }

  public String matchId() {
    return matchId;
  }

  public String referee() {
    return referee;
  }

  public String assignedBy() {
    return assignedBy;
  }

  public Instant assignedAt() {
    return assignedAt.toInstant();
  }

  /** The primary key: match and referee. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String matchId;
    String referee;

    public Key() {}

    public Key(String matchId, String referee) {
      this.matchId = matchId;
      this.referee = referee;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && matchId.equals(key.matchId) && referee.equals(key.referee);
    }

    @Override
    public int hashCode() {
      return Objects.hash(matchId, referee);
    }
  }
}
