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
 * One row of a season's official table (finished and awarded matches only) as last computed,
 * rewritten whole after each decided match: the table readers get without recomputing it.
 */
@Entity
@IdClass(StandingEntry.Key.class)
@Table(name = "standing", schema = "matches")
@NamedQuery(
    name = StandingEntry.OF_SEASON,
    query =
        "select s from StandingEntry s where s.season = :season and s.type = :type"
            + " order by s.position")
public class StandingEntry {

  public static final String OF_SEASON = "StandingEntry.ofSeason";

  @Id
  @Column(name = "season_id")
  private String season;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "table_type")
  private TableType type;

  @Id private int position;

  @Column(name = "team_name", nullable = false)
  private String team;

  private int played;
  private int won;
  private int drawn;
  private int lost;

  @Column(name = "goals_for")
  private int goalsFor;

  @Column(name = "goals_against")
  private int goalsAgainst;

  private int points;

  @Column(name = "points_deducted")
  private int pointsDeducted;

  @Column(nullable = false)
  private String form;

  @Column(name = "computed_at", nullable = false)
  private OffsetDateTime computedAt;

  protected StandingEntry() {}

  public StandingEntry(String season, TableType type, TableRow row, Instant now) {
    this.season = season;
    this.type = type;
    this.position = row.position();
    this.team = row.team();
    this.played = row.played();
    this.won = row.won();
    this.drawn = row.drawn();
    this.lost = row.lost();
    this.goalsFor = row.goalsFor();
    this.goalsAgainst = row.goalsAgainst();
    this.points = row.points();
    this.pointsDeducted = row.pointsDeducted();
    this.form = row.form();
    this.computedAt = now.atOffset(ZoneOffset.UTC);
  }

  public TableRow row() {
    return new TableRow(
        position,
        team,
        played,
        won,
        drawn,
        lost,
        goalsFor,
        goalsAgainst,
        goalsFor - goalsAgainst,
        points,
        pointsDeducted,
        form);
  }

  public Instant computedAt() {
    return computedAt.toInstant();
  }

  /** The primary key: season, table type and position. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String season;
    TableType type;
    int position;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && season.equals(key.season)
          && type == key.type
          && position == key.position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(season, type, position);
    }
  }
}
