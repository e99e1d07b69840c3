package com.sportshub.matches.entity;

import com.sportshub.matches.commands.PointsRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A league or cup, by its football-data.org code (PL, PD, CL...), with the rules its table is
 * computed by and the season its channel {@code standings:{code}} shows.
 */
@Entity
@Table(name = "competition", schema = "matches")
@NamedQuery(name = Competition.ALL, query = "select c from Competition c order by c.code")
public class Competition {

  public static final String ALL = "Competition.all";

  @Id
  @Column(name = "competition_code")
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "points_win", nullable = false)
  private int pointsWin;

  @Column(name = "points_draw", nullable = false)
  private int pointsDraw;

  @Column(name = "points_loss", nullable = false)
  private int pointsLoss;

  @Enumerated(EnumType.STRING)
  @Column(name = "tie_break", nullable = false)
  private TieBreakRules tieBreak;

  @Column(name = "current_season")
  private String currentSeason;

  protected Competition() {}

  public Competition(String code, String name, PointsRule points, TieBreakRules tieBreak) {
    this.code = code;
    this.name = name;
    rules(points, tieBreak);
  }

  public void rules(PointsRule points, TieBreakRules rules) {
    this.pointsWin = points.win();
    this.pointsDraw = points.draw();
    this.pointsLoss = points.loss();
    this.tieBreak = rules;
  }

  public void rename(String newName) {
    this.name = newName;
  }

  /**
   * Makes the season current when it is later than the current one (season labels such as {@code
   * 2025-26} sort in time order), so that importing an old season never moves the channel back.
   */
  public boolean offerSeason(String seasonId, String label) {
    if (currentSeason == null || label.compareTo(labelOf(currentSeason)) > 0) {
      currentSeason = seasonId;
      return true;
    }
    return false;
  }

  private String labelOf(String seasonId) {
    return seasonId.substring(seasonId.indexOf(':') + 1);
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public PointsRule points() {
    return new PointsRule(pointsWin, pointsDraw, pointsLoss);
  }

  public TieBreakRules tieBreak() {
    return tieBreak;
  }

  /** The id of the season the competition's channel shows, or null before any match. */
  public String currentSeason() {
    return currentSeason;
  }
}
