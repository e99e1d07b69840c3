package com.sportshub.matches.entity;

import com.sportshub.matches.commands.PointsDeduction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A points deduction decided against a team in one season, as stored. */
@Entity
@Table(name = "points_deduction", schema = "matches")
@NamedQuery(
    name = SeasonDeduction.OF_SEASON,
    query = "select d from SeasonDeduction d where d.season = :season order by d.decidedAt")
public class SeasonDeduction {

  public static final String OF_SEASON = "SeasonDeduction.ofSeason";

  @Id
  @Column(name = "deduction_id")
  private String id;

  @Column(name = "season_id", nullable = false)
  private String season;

  @Column(name = "team_name", nullable = false)
  private String team;

  @Column(nullable = false)
  private int points;

  @Column(nullable = false)
  private String reason;

  @Column(name = "decided_at", nullable = false)
  private OffsetDateTime decidedAt;

  protected SeasonDeduction() {}

  public SeasonDeduction(String season, PointsDeduction deduction, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.season = season;
    this.team = deduction.team();
    this.points = deduction.points();
    this.reason = deduction.reason();
    this.decidedAt = now.atOffset(ZoneOffset.UTC);
  }

  public PointsDeduction deduction() {
    return new PointsDeduction(team, points, reason);
  }
}
