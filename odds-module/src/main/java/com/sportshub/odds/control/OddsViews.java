package com.sportshub.odds.control;

import com.sportshub.odds.entity.Price;
import com.sportshub.odds.entity.PriceChange;
import com.sportshub.odds.entity.Sport;
import com.sportshub.odds.entity.SportEvent;
import com.sportshub.odds.query.EventView;
import com.sportshub.odds.query.HistoryEntry;
import com.sportshub.odds.query.PriceView;
import com.sportshub.odds.query.SportView;

/** Entities as the published read-only records the rest of the hub sees. */
public final class OddsViews {

  private OddsViews() {}

  public static EventView of(SportEvent e) {
    return new EventView(
        e.id(), e.sportKey(), e.homeTeam(), e.awayTeam(), e.commenceTime(), e.status().wireName());
  }

  public static PriceView of(Price p) {
    return new PriceView(
        p.market(),
        p.point(),
        p.outcome(),
        p.bookmaker(),
        p.decimal(),
        p.previous(),
        p.lastUpdate());
  }

  public static SportView of(Sport s) {
    return new SportView(s.key(), s.title(), s.group(), s.active(), s.outrights());
  }

  public static HistoryEntry of(PriceChange c) {
    return new HistoryEntry(
        c.market(),
        c.point(),
        c.outcome(),
        c.bookmaker(),
        c.decimal(),
        c.previous(),
        c.lastUpdate(),
        c.recordedAt(),
        c.source());
  }
}
