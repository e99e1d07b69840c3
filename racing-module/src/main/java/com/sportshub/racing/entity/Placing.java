package com.sportshub.racing.entity;

import com.sportshub.racing.commands.PlacingDraft;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One finisher in one version of a race's result. An amended result is a new version; the old
 * placings stay as they were announced. Dividends are set when the result is weighed in.
 */
@Entity
@IdClass(Placing.Key.class)
@Table(name = "result_placing", schema = "racing")
@NamedQuery(
    name = Placing.OF_VERSION,
    query =
        "select p from Placing p where p.raceId = :raceId and p.version = :version"
            + " order by p.position, p.cloth")
public class Placing {

  public static final String OF_VERSION = "Placing.ofVersion";

  @Id
  @Column(name = "race_id")
  private String raceId;

  @Id
  @Column(name = "result_version")
  private int version;

  @Id
  @Column(name = "cloth_number")
  private int cloth;

  @Column(name = "finish_position", nullable = false)
  private int position;

  private String distance;

  @Column(name = "declared_at", nullable = false)
  private OffsetDateTime declaredAt;

  @Column(name = "win_dividend")
  private BigDecimal winDividend;

  @Column(name = "place_dividend")
  private BigDecimal placeDividend;

  protected Placing() {}

  /** A finisher at {@code position}: its place in the order, or a dead heat's shared one. */
  public Placing(String raceId, int version, int position, PlacingDraft draft, Instant declaredAt) {
    this.raceId = raceId;
    this.version = version;
    this.position = position;
    this.cloth = draft.cloth();
    this.distance = draft.distance();
    this.declaredAt = declaredAt.atOffset(ZoneOffset.UTC);
  }

  /** Declares the tote dividends this finisher pays (null where it pays none). */
  public void pays(BigDecimal win, BigDecimal place) {
    winDividend = win;
    placeDividend = place;
  }

  public int version() {
    return version;
  }

  public int cloth() {
    return cloth;
  }

  public int position() {
    return position;
  }

  public String distance() {
    return distance;
  }

  public Instant declaredAt() {
    return declaredAt.toInstant();
  }

  public BigDecimal winDividend() {
    return winDividend;
  }

  public BigDecimal placeDividend() {
    return placeDividend;
  }

  /** The primary key: race, result version and cloth number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String raceId;
    int version;
    int cloth;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && raceId.equals(key.raceId)
          && version == key.version
          && cloth == key.cloth;
    }

    @Override
    public int hashCode() {
      return Objects.hash(raceId, version, cloth);
    }
  }
}
