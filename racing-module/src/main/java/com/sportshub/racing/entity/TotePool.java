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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A race's win or place pool as the tote last sent it: its gross total and when it came. */
@Entity
@IdClass(TotePool.Key.class)
@Table(name = "tote_pool", schema = "racing")
@NamedQuery(
    name = TotePool.OF_RACES,
    query = "select p from TotePool p where p.raceId in :raceIds order by p.raceId, p.pool")
public class TotePool {

  public static final String OF_RACES = "TotePool.ofRaces";

  @Id
  @Column(name = "race_id")
  private String raceId;

  @Id
  @Enumerated(EnumType.STRING)
  private PoolType pool;

  @Column(nullable = false)
  private BigDecimal total;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected TotePool() {}

  public TotePool(String raceId, PoolType pool) {
    this.raceId = raceId;
    this.pool = pool;
  }

  public void total(BigDecimal gross, Instant at) {
    total = gross;
    updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  public String raceId() {
    return raceId;
  }

  public PoolType pool() {
    return pool;
  }

  public BigDecimal total() {
    return total;
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }

  /** The primary key: race and pool. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String raceId;
    PoolType pool;

    public Key() {}

    public Key(String raceId, PoolType pool) {
      this.raceId = raceId;
      this.pool = pool;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && raceId.equals(key.raceId) && pool == key.pool;
    }

    @Override
    public int hashCode() {
      return Objects.hash(raceId, pool);
    }
  }
}
