package com.sportshub.matches.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One season of a competition. Its id is {@code {competition}:{label}} ({@code PL:2022-23}): a
 * natural key, so that a feed and an import naming the same season find the same row.
 */
@Entity
@Table(name = "season", schema = "matches")
public class Season {

  @Id
  @Column(name = "season_id")
  private String id;

  @Column(name = "competition_code", nullable = false)
  private String competition;

  @Column(nullable = false)
  private String label;

  protected Season() {}

  public Season(String competition, String label) {
    this.id = idOf(competition, label);
    this.competition = competition;
    this.label = label;
  }

  public static String idOf(String competition, String label) {
    return competition + ":" + label;
  }

  public String id() {
    return id;
  }

  public String competition() {
    return competition;
  }

  public String label() {
    return label;
  }
}
