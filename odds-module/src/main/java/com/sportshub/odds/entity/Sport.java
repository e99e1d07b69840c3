package com.sportshub.odds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A sport as The Odds API names it ({@code soccer_epl}, group "Soccer", title "EPL"). */
@Entity
@Table(name = "sport", schema = "odds")
@NamedQuery(name = Sport.ALL, query = "select s from Sport s order by s.group, s.key")
public class Sport {

  public static final String ALL = "Sport.all";

  @Id
  @Column(name = "sport_key")
  private String key;

  @Column(nullable = false)
  private String title;

  @Column(name = "sport_group", nullable = false)
  private String group;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "has_outrights", nullable = false)
  private boolean outrights;

  protected Sport() {}

  public Sport(String key, String title, String group) {
    this.key = key;
    this.title = title;
    this.group = group;
    this.active = true;
    this.outrights = false;
  }

  public String key() {
    return key;
  }

  public String title() {
    return title;
  }

  public String group() {
    return group;
  }

  public boolean active() {
    return active;
  }

  public boolean outrights() {
    return outrights;
  }
}
