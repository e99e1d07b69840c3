package com.sportshub.odds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The current decimal price of one outcome of one market at one bookmaker. Keyed by exactly that,
 * so a repeated feed message finds its row instead of adding one.
 */
@Entity
@IdClass(Price.Key.class)
@Table(name = "price", schema = "odds")
@NamedQuery(
    name = Price.BY_KEY,
    query =
        "select p from Price p where p.eventId = :eventId and p.market = :market"
            + " and p.outcome = :outcome and p.bookmaker = :bookmaker")
@NamedQuery(
    name = Price.OF_EVENT,
    query =
        "select p from Price p where p.eventId = :eventId"
            + " order by p.market, p.outcome, p.bookmaker")
@NamedQuery(
    name = Price.OF_SPORT,
    query =
        "select p from Price p where p.sportKey = :sportKey"
            + " order by p.eventId, p.market, p.outcome, p.bookmaker")
public class Price {

  public static final String BY_KEY = "Price.byKey";
  public static final String OF_EVENT = "Price.ofEvent";
  public static final String OF_SPORT = "Price.ofSport";

  @Id
  @Column(name = "event_id")
  private String eventId;

  @Id private String market;

  @Id private String outcome;

  @Id private String bookmaker;

  @Column(name = "sport_key", nullable = false)
  private String sportKey;

  @Column(name = "price", nullable = false)
  private BigDecimal decimal;

  // OffsetDateTime, not Instant: the EclipseLink in Payara 6.2025.9 binds Instant as bytes.
  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Price() {}

  public Price(PriceQuote quote) {
    this.eventId = quote.eventId();
    this.sportKey = quote.sportKey();
    this.market = quote.market();
    this.outcome = quote.outcome();
    this.bookmaker = quote.bookmaker();
    this.decimal = quote.decimal();
    this.updatedAt = quote.updatedAt().atOffset(ZoneOffset.UTC);
  }

  /** Moves to the quoted price; false (and nothing changed) when the price is the same. */
  public boolean moveTo(PriceQuote quote) {
    if (decimal.compareTo(quote.decimal()) == 0) {
      return false;
    }
    decimal = quote.decimal();
    updatedAt = quote.updatedAt().atOffset(ZoneOffset.UTC);
    return true;
  }

  public PriceQuote toQuote() {
    return new PriceQuote(
        eventId, sportKey, market, outcome, bookmaker, decimal, updatedAt.toInstant());
  }

  /** The primary key: event, market, outcome and bookmaker. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String eventId;
    String market;
    String outcome;
    String bookmaker;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && eventId.equals(key.eventId)
          && market.equals(key.market)
          && outcome.equals(key.outcome)
          && bookmaker.equals(key.bookmaker);
    }

    @Override
    public int hashCode() {
      return Objects.hash(eventId, market, outcome, bookmaker);
    }
  }
}
