package com.sportshub.racing.entity;

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
 * A user (a token's subject) following a whole race or one runner in it. Cloth number 0 stands for
 * the whole race: a key column cannot be null, and no runner wears 0.
 */
@Entity
@IdClass(Follow.Key.class)
@Table(name = "follow", schema = "racing")
@NamedQuery(
    name = Follow.OF_RACE,
    query = "select f from Follow f where f.raceId = :raceId order by f.subject, f.cloth")
@NamedQuery(
    name = Follow.OF_SUBJECT,
    query = "select f from Follow f where f.subject = :subject order by f.followedAt")
public class Follow {

  public static final String OF_RACE = "Follow.ofRace";
  public static final String OF_SUBJECT = "Follow.ofSubject";

  /** The cloth number that stands for the whole race. */
  public static final int WHOLE_RACE = 0;

  @Id private String subject;

  @Id
  @Column(name = "race_id")
  private String raceId;

  @Id
  @Column(name = "cloth_number")
  private int cloth;

  @Column(name = "followed_at", nullable = false)
  private OffsetDateTime followedAt;

  protected Follow() {}

  public Follow(String subject, String raceId, int cloth, Instant at) {
    this.subject = subject;
    this.raceId = raceId;
    this.cloth = cloth;
    this.followedAt = at.atOffset(ZoneOffset.UTC);
  }

  public String subject() {
    return subject;
  }

  public String raceId() {
    return raceId;
  }

  /** The runner followed, or {@link #WHOLE_RACE}. */
  public int cloth() {
    return cloth;
  }

  public Instant followedAt() {
    return followedAt.toInstant();
  }

  /** The primary key: subject, race and cloth number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String subject;
    String raceId;
    int cloth;

    public Key() {}

    public Key(String subject, String raceId, int cloth) {
      this.subject = subject;
      this.raceId = raceId;
      this.cloth = cloth;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && subject.equals(key.subject)
          && raceId.equals(key.raceId)
          && cloth == key.cloth;
    }

    @Override
    public int hashCode() {
      return Objects.hash(subject, raceId, cloth);
    }
  }
}
