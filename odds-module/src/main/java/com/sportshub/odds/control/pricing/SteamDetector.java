package com.sportshub.odds.control.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds steam on one outcome: the implied probability moving by at least the rule's threshold
 * within its window, the same way, at enough bookmakers.
 *
 * <p>A bookmaker's move is the implied probability of its latest price at or before {@code now}
 * minus that of the price in force at {@code now − window} (its latest point at or before that
 * instant), or of its first point inside the window when it has none before. Points after {@code
 * now} are ignored; of two points at the same instant the later in the input wins. A move of
 * exactly the threshold counts (compared with a 1e-9 point allowance for floating-point error).
 * When both directions qualify, the one with more bookmakers wins; a tie is no steam, since the
 * market disagrees with itself.
 */
public final class SteamDetector {

  private static final double ALLOWANCE_POINTS = 1e-9;

  private final SteamRule rule;

  public SteamDetector(SteamRule rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * @param points the price points of one outcome, any bookmakers, any order
   * @param now the end of the window
   */
  public Optional<Steam> detect(Collection<PricePoint> points, Instant now) {
    Instant windowStart = now.minus(rule.window());
    int shortening = 0;
    int drifting = 0;
    for (List<PricePoint> series : seriesByBookmaker(points, now).values()) {
      double movePoints = 100 * (implied(last(series)) - implied(start(series, windowStart)));
      if (movePoints >= rule.minMovePoints() - ALLOWANCE_POINTS) {
        shortening++;
      } else if (-movePoints >= rule.minMovePoints() - ALLOWANCE_POINTS) {
        drifting++;
      }
    }
    int most = Math.max(shortening, drifting);
    if (most < rule.minBookmakers() || shortening == drifting) {
      return Optional.empty();
    }
    return Optional.of(
        new Steam(
            shortening > drifting ? SteamDirection.SHORTENING : SteamDirection.DRIFTING, most));
  }

  // Each bookmaker's points up to now, oldest first (a stable sort keeps input order on ties).
  private static Map<String, List<PricePoint>> seriesByBookmaker(
      Collection<PricePoint> points, Instant now) {
    Map<String, List<PricePoint>> series = new TreeMap<>();
    for (PricePoint point : points) {
      if (!point.at().isAfter(now)) {
        series.computeIfAbsent(point.bookmaker(), b -> new ArrayList<>()).add(point);
      }
    }
    series.values().forEach(s -> s.sort(Comparator.comparing(PricePoint::at)));
    return series;
  }

  private static PricePoint start(List<PricePoint> series, Instant windowStart) {
    PricePoint inForce = series.get(0);
    for (PricePoint point : series) {
      if (point.at().isAfter(windowStart)) {
        break;
      }
      inForce = point;
    }
    return inForce;
  }

  private static PricePoint last(List<PricePoint> series) {
    return series.get(series.size() - 1);
  }

  private static double implied(PricePoint point) {
    return DecimalOdds.impliedProbability(point.decimal());
  }
}
