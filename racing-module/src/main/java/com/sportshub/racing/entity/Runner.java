package com.sportshub.racing.entity;

import com.sportshub.racing.commands.RunnerDraft;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A horse declared for a race, known by its cloth number there. Holds its current fixed-odds price
 * (every price quoted is kept in {@link RunnerPrice}), its starting price once the race is off,
 * and, if it was withdrawn, the terms of the withdrawal.
 */
@Entity
@IdClass(Runner.Key.class)
@Table(name = "runner", schema = "racing")
@NamedQuery(
    name = Runner.OF_RACES,
    query = "select r from Runner r where r.raceId in :raceIds order by r.raceId, r.cloth")
public class Runner {

  public static final String OF_RACES = "Runner.ofRaces";

  @Id
  @Column(name = "race_id")
  private String raceId;

  @Id
  @Column(name = "cloth_number")
  private int cloth;

  @Column(nullable = false)
  private String horse;

  private String jockey;

  private String trainer;

  private Integer draw;

  @Column(name = "weight_lbs")
  private Integer weightLbs;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RunnerStatus status;

  private BigDecimal price;

  @Column(name = "price_at")
  private OffsetDateTime priceAt;

  @Column(name = "starting_price")
  private BigDecimal startingPrice;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "withdrawal_price")
  private BigDecimal withdrawalPrice;

  @Column(name = "rule4_deduction")
  private BigDecimal ruleFour;

  @Column(name = "reduction_factor")
  private BigDecimal reductionFactor;

  protected Runner() {}

  public Runner(String raceId, RunnerDraft draft) {
    this.raceId = raceId;
    this.cloth = draft.cloth();
    this.horse = draft.horse();
    this.jockey = draft.jockey();
    this.trainer = draft.trainer();
    this.draw = draft.draw();
    this.weightLbs = draft.weightLbs();
    this.status = RunnerStatus.RUNNER;
  }

  /** Takes the price; false when it is the price already held. */
  public boolean priceAt(BigDecimal decimal, Instant at) {
    if (price != null && price.compareTo(decimal) == 0) {
      return false;
    }
    price = decimal;
    priceAt = at.atOffset(ZoneOffset.UTC);
    return true;
  }

  /** Fixes the starting price: the price held when the race went off. */
  public void startAt(BigDecimal decimal) {
    startingPrice = decimal;
  }

  /** Withdraws the runner with the terms computed for its withdrawal. */
  public void withdraw(Instant at, RuleFourDeduction deduction, BigDecimal factor) {
    status = RunnerStatus.NON_RUNNER;
    withdrawnAt = at.atOffset(ZoneOffset.UTC);
    withdrawalPrice = price;
    ruleFour = deduction.fraction();
    reductionFactor = factor;
  }

  public boolean running() {
    return status == RunnerStatus.RUNNER;
  }

  public String raceId() {
    return raceId;
  }

  public int cloth() {
    return cloth;
  }

  public String horse() {
    return horse;
  }

  public String jockey() {
    return jockey;
  }

  public String trainer() {
    return trainer;
  }

  public Integer draw() {
    return draw;
  }

  public Integer weightLbs() {
    return weightLbs;
  }

  public RunnerStatus status() {
    return status;
  }

  /** The current decimal price; null until one is quoted. */
  public BigDecimal price() {
    return price;
  }

  public Instant priceTime() {
    return priceAt == null ? null : priceAt.toInstant();
  }

  public BigDecimal startingPrice() {
    return startingPrice;
  }

  public Instant withdrawnAt() {
    return withdrawnAt == null ? null : withdrawnAt.toInstant();
  }

  /** The price held when the runner was withdrawn; null when it was never priced. */
  public BigDecimal withdrawalPrice() {
    return withdrawalPrice;
  }

  /** The Rule 4 deduction its withdrawal caused on its own, as a fraction; null for a runner. */
  public BigDecimal ruleFour() {
    return ruleFour;
  }

  /** Its reduction factor in percent when it was withdrawn; null for a runner. */
  public BigDecimal reductionFactor() {
    return reductionFactor;
  }

  /** The primary key: race and cloth number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String raceId;
    int cloth;

    public Key() {}

    public Key(String raceId, int cloth) {
      this.raceId = raceId;
      this.cloth = cloth;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && raceId.equals(key.raceId) && cloth == key.cloth;
    }

    @Override
    public int hashCode() {
      return Objects.hash(raceId, cloth);
    }
  }
}
