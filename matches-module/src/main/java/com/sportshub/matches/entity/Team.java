package com.sportshub.matches.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A club. Keyed by a slug of its name ({@code manchester-city-fc}), so that every source spelling a
 * name the same way names the same team; feeds that spell it differently make different teams,
 * which is why one competition should come from one feed.
 */
@Entity
@Table(name = "team", schema = "matches")
public class Team {

  @Id
  @Column(name = "team_id")
  private String id;

  @Column(nullable = false)
  private String name;

  @Column(name = "short_name")
  private String shortName;

  protected Team() {}

  public Team(String name, String shortName) {
    this.id = idOf(name);
    this.name = name;
    this.shortName = shortName;
  }

  /** The slug of a name: accents dropped, lower case, runs of other characters as one dash. */
  public static String idOf(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "team" : slug.length() > 64 ? slug.substring(0, 64) : slug;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String shortName() {
    return shortName;
  }
}
