package com.sportshub.odds.control;

import com.sportshub.odds.control.pricing.PricePoint;
import com.sportshub.odds.entity.PriceChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an event's recent history into the price points of one outcome that steam detection reads.
 * The first change of each bookmaker inside the window also tells the price it replaced: that is
 * the price in force when the window opened.
 */
final class SteamHistory {

  private SteamHistory() {}

  /** The points of the outcome, oldest first, from history recorded since {@code windowStart}. */
  static List<PricePoint> points(
      List<PriceChange> recent, String market, String outcome, Instant windowStart) {
    List<PricePoint> points = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PriceChange change : recent) {
      if (!change.market().equals(market) || !change.outcome().equals(outcome)) {
        continue;
      }
      if (seen.add(change.bookmaker()) && change.previous() != null) {
        points.add(new PricePoint(change.bookmaker(), windowStart, change.previous()));
      }
      points.add(new PricePoint(change.bookmaker(), change.recordedAt(), change.decimal()));
    }
    return points;
  }
}
