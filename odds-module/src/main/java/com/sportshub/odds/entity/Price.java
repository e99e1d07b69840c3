package com.sportshub.odds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The current decimal price of one outcome of one market at one bookmaker. Keyed by exactly that,
 * so a repeated feed message finds its row instead of adding one. The line ({@code point}) of a
 * spread or total is part of the price, not of the key: when a bookmaker moves its line, its price
 * for that outcome moves with it.
 */
@Entity
@IdClass(Price.Key.class)
@Table(name = "price", schema = "odds")
@NamedQuery(
    name = Price.OF_EVENTS,
    query =
        "select p from Price p where p.eventId in :eventIds"
            + " order by p.eventId, p.market, p.outcome, p.bookmaker")
@NamedQuery(
    name = Price.OF_SPORT,
    query =
        "select p from Price p where p.sportKey = :sportKey"
            + " order by p.eventId, p.market, p.outcome, p.bookmaker")
public class Price {

  public static final String OF_EVENTS = "Price.ofEvents";
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

  private BigDecimal point;

  // OffsetDateTime, not Instant: the EclipseLink in Payara 6.2025.9 binds Instant as bytes.
  @Column(name = "last_update", nullable = false)
  private OffsetDateTime lastUpdate;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  // The price before the last move, for the history; not a column of the current book.
  @Transient private BigDecimal previous;

  protected Price() {}

  public Price(
      String sportKey,
      String eventId,
      MarketType market,
      String bookmaker,
      FeedOutcome quote,
      Instant lastUpdate,
      Instant now) {
    this.eventId = eventId;
    this.sportKey = sportKey;
    this.market = market.key();
    this.outcome = quote.name();
    this.bookmaker = bookmaker;
    this.decimal = quote.price();
    this.point = quote.point();
    this.lastUpdate = lastUpdate.atOffset(ZoneOffset.UTC);
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Moves to the quoted price and line. Nothing changes (false) when both are the same, or when the
   * quote is older than the price held: a late message must not undo a newer one.
   */
  public boolean moveTo(FeedOutcome quote, Instant quotedAt, Instant now) {
    if (quotedAt.isBefore(lastUpdate.toInstant())) {
      return false;
    }
    if (decimal.compareTo(quote.price()) == 0 && samePoint(quote.point())) {
      return false;
    }
    previous = decimal;
    decimal = quote.price();
    point = quote.point();
    lastUpdate = quotedAt.atOffset(ZoneOffset.UTC);
    updatedAt = now.atOffset(ZoneOffset.UTC);
    return true;
  }

  /**
   * The price as it is now in a new, unmanaged object, without the move in hand ({@link #previous}
   * is null): what a book kept between transactions holds and hands out, so that nobody changes the
   * kept one.
   */
  public Price copy() {
    Price copy = new Price();
    copy.eventId = eventId;
    copy.sportKey = sportKey;
    copy.market = market;
    copy.outcome = outcome;
    copy.bookmaker = bookmaker;
    copy.decimal = decimal;
    copy.point = point;
    copy.lastUpdate = lastUpdate;
    copy.updatedAt = updatedAt;
    return copy;
  }

  /** When the price was last written. */
  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  private boolean samePoint(BigDecimal other) {
    return point == null ? other == null : other != null && point.compareTo(other) == 0;
  }

  public String eventId() {
    return eventId;
  }

  public String sportKey() {
    return sportKey;
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

  public BigDecimal decimal() {
    return decimal;
  }

  /** The price before the last move in this transaction; null for a new price. */
  public BigDecimal previous() {
    return previous;
  }

  public BigDecimal point() {
    return point;
  }

  public Instant lastUpdate() {
    return lastUpdate.toInstant();
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
