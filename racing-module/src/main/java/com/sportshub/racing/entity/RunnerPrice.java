package com.sportshub.racing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One price of a runner as a feed quoted it: the decimal value, the price it replaced, the text as
 * quoted, when the hub took it and from which feed. Never updated.
 */
@Entity
@Table(name = "runner_price", schema = "racing")
@NamedQuery(
    name = RunnerPrice.OF_RUNNER,
    query =
        "select p from RunnerPrice p where p.raceId = :raceId and p.cloth = :cloth"
            + " order by p.recordedAt, p.id")
public class RunnerPrice {

  public static final String OF_RUNNER = "RunnerPrice.ofRunner";

  @Id
  @Column(name = "price_id")
  private String id;

  @Column(name = "race_id", nullable = false)
  private String raceId;

  @Column(name = "cloth_number", nullable = false)
  private int cloth;

  @Column(name = "price", nullable = false)
  private BigDecimal decimal;

  @Column(name = "previous_price")
  private BigDecimal previous;

  @Column(nullable = false)
  private String quoted;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(nullable = false)
  private String source;

  protected RunnerPrice() {}

  public RunnerPrice(
      String raceId,
      int cloth,
      BigDecimal decimal,
      BigDecimal previous,
      String quoted,
      Instant recordedAt,
      String source) {
    this.id = UUID.randomUUID().toString();
    this.raceId = raceId;
    this.cloth = cloth;
    this.decimal = decimal;
    this.previous = previous;
    this.quoted = quoted;
    this.recordedAt = recordedAt.atOffset(ZoneOffset.UTC);
    this.source = source;
  }

  public int cloth() {
    return cloth;
  }

  public BigDecimal decimal() {
    return decimal;
  }

  public BigDecimal previous() {
    return previous;
  }

  public String quoted() {
    return quoted;
  }

  public Instant recordedAt() {
    return recordedAt.toInstant();
  }

  public String source() {
    return source;
  }
}
