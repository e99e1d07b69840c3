package com.sportshub.odds.entity;

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
 * One entry of the price history: a price as it was set, when, and by which feed. Never updated.
 */
@Entity
@Table(name = "price_history", schema = "odds")
@NamedQuery(
    name = PriceChange.OF_EVENT,
    query =
        "select c from PriceChange c where c.eventId = :eventId"
            + " and c.recordedAt >= :from and c.recordedAt < :to"
            + " order by c.recordedAt, c.market, c.outcome, c.bookmaker")
@NamedQuery(
    name = PriceChange.OF_EVENTS_SINCE,
    query =
        "select c from PriceChange c where c.eventId in :eventIds and c.recordedAt >= :from"
            + " order by c.recordedAt")
@NamedQuery(
    name = PriceChange.OLDER_THAN,
    query = "delete from PriceChange c where c.recordedAt < :before")
public class PriceChange {

  public static final String OF_EVENT = "PriceChange.ofEvent";
  public static final String OF_EVENTS_SINCE = "PriceChange.ofEventsSince";
  public static final String OLDER_THAN = "PriceChange.olderThan";

  @Id
  @Column(name = "change_id")
  private String id;

  @Column(name = "event_id", nullable = false)
  private String eventId;

  @Column(nullable = false)
  private String market;

  @Column(nullable = false)
  private String outcome;

  @Column(nullable = false)
  private String bookmaker;

  private BigDecimal point;

  @Column(name = "price", nullable = false)
  private BigDecimal decimal;

  @Column(name = "previous_price")
  private BigDecimal previous;

  @Column(name = "last_update", nullable = false)
  private OffsetDateTime lastUpdate;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(nullable = false)
  private String source;

  protected PriceChange() {}

  public PriceChange(Price price, Instant recordedAt, String source) {
    this.id = UUID.randomUUID().toString();
    this.eventId = price.eventId();
    this.market = price.market();
    this.outcome = price.outcome();
    this.bookmaker = price.bookmaker();
    this.point = price.point();
    this.decimal = price.decimal();
    this.previous = price.previous();
    this.lastUpdate = price.lastUpdate().atOffset(ZoneOffset.UTC);
    this.recordedAt = recordedAt.atOffset(ZoneOffset.UTC);
    this.source = source;
  }

  public String market() {
    return market;
  }

  public String outcome() {
    return outcome;
  }

  public String bookmaker() {
    return bookmaker;
  }

  public BigDecimal point() {
    return point;
  }

  public BigDecimal decimal() {
    return decimal;
  }

  /** The price this change replaced; null when the price was new. */
  public BigDecimal previous() {
    return previous;
  }

  public String eventId() {
    return eventId;
  }

  public Instant lastUpdate() {
    return lastUpdate.toInstant();
  }

  public Instant recordedAt() {
    return recordedAt.toInstant();
  }

  public String source() {
    return source;
  }
}
