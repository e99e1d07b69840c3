package com.sportshub.racing.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A tote pool ({@code pool} WIN or PLACE): its gross total, when the tote last sent it, and the
 * approximate dividends it would pay now: per backed runner for the win pool until there is a
 * result, then per winner (several in a dead heat); per placed runner once there is a result for
 * the place pool.
 */
public record PoolView(
    String pool, BigDecimal total, Instant updatedAt, List<DividendView> dividends) {

  public PoolView {
    dividends = List.copyOf(dividends);
  }
}
