package com.sportshub.odds.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A bookmaker's price for an outcome moved (or appeared); fired after the change is stored. */
public record OddsChanged(
    UUID changeId,
    String sportKey,
    String eventId,
    String market,
    String outcome,
    String bookmaker,
    BigDecimal price,
    Instant occurredAt) {}
