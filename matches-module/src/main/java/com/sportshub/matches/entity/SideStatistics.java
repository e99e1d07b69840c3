package com.sportshub.matches.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * One team's statistics in a match as its officials or feed report them: possession (per cent),
 * shots, shots on target, corners and fouls. Cards are not stored here: they are counted from the
 * match's events, so the two cannot disagree.
 */
@Entity
@IdClass(SideStatistics.Key.class)
@Table(name = "match_statistics", schema = "matches")
@NamedQuery(
    name = SideStatistics.OF_MATCH,
    query = "select s from SideStatistics s where s.matchId = :matchId")
public class SideStatistics {

  public static final String OF_MATCH = "SideStatistics.ofMatch";

  @Id
  @Column(name = "match_id")
  private String matchId;

  @Id
  @Enumerated(EnumType.STRING)
  private Side side;

  private Integer possession;

  private Integer shots;

  @Column(name = "shots_on_target")
  private Integer shotsOnTarget;

  private Integer corners;

  private Integer fouls;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected SideStatistics() {}

  public SideStatistics(String matchId, Side side) {
    this.matchId = matchId;
    this.side = side;
  }

  /** Takes the counts given; a null count leaves the one held. True when any changed. */
  public boolean update(StatisticsCounts counts, Instant now) {
    boolean changed = false;
    if (counts.possession() != null && !counts.possession().equals(possession)) {
      possession = counts.possession();
      changed = true;
    }
    if (counts.shots() != null && !counts.shots().equals(shots)) {
      shots = counts.shots();
      changed = true;
    }
    if (counts.shotsOnTarget() != null && !counts.shotsOnTarget().equals(shotsOnTarget)) {
      shotsOnTarget = counts.shotsOnTarget();
      changed = true;
    }
    if (counts.corners() != null && !counts.corners().equals(corners)) {
      corners = counts.corners();
      changed = true;
    }
    if (counts.fouls() != null && !counts.fouls().equals(fouls)) {
      fouls = counts.fouls();
      changed = true;
    }
    if (changed || updatedAt == null) {
      updatedAt = now.atOffset(ZoneOffset.UTC);
    }
    return changed;
  }

  public Side side() {
    return side;
  }

  public StatisticsCounts counts() {
    return new StatisticsCounts(possession, shots, shotsOnTarget, corners, fouls);
  }

  /** The primary key: match and side. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String matchId;
    Side side;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && matchId.equals(key.matchId) && side == key.side;
    }

    @Override
    public int hashCode() {
      return Objects.hash(matchId, side);
    }
  }
}
