package com.sportshub.racing.entity;

import com.sportshub.racing.commands.PoolType;
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
import java.util.Objects;

/** The money staked on one runner in one of its race's tote pools. */
@Entity
@IdClass(ToteStake.Key.class)
@Table(name = "tote_stake", schema = "racing")
@NamedQuery(
    name = ToteStake.OF_RACES,
    query = "select s from ToteStake s where s.raceId in :raceIds order by s.raceId, s.cloth")
@NamedQuery(
    name = ToteStake.OF_POOL,
    query = "select s from ToteStake s where s.raceId = :raceId and s.pool = :pool")
public class ToteStake {

  public static final String OF_RACES = "ToteStake.ofRaces";
  public static final String OF_POOL = "ToteStake.ofPool";

  @Id
  @Column(name = "race_id")
  private String raceId;

  @Id
  @Enumerated(EnumType.STRING)
  private PoolType pool;

  @Id
  @Column(name = "cloth_number")
  private int cloth;

  @Column(nullable = false)
  private BigDecimal stake;

  protected ToteStake() {}

  public ToteStake(String raceId, PoolType pool, int cloth, BigDecimal stake) {
    this.raceId = raceId;
    this.pool = pool;
    this.cloth = cloth;
    this.stake = stake;
  }

  public void restake(BigDecimal amount) {
    stake = amount;
  }

  public String raceId() {
    return raceId;
  }

  public PoolType pool() {
    return pool;
  }

  public int cloth() {
    return cloth;
  }

  public BigDecimal stake() {
    return stake;
  }

  /** The primary key: race, pool and cloth number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String raceId;
    PoolType pool;
    int cloth;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && raceId.equals(key.raceId)
          && pool == key.pool
          && cloth == key.cloth;
    }

    @Override
    public int hashCode() {
      return Objects.hash(raceId, pool, cloth);
    }
  }
}
