package com.sportshub.racing.commands;

import java.math.BigDecimal;
import java.util.Map;

/** A tote pool as the tote sends it: the gross total and the stakes on each runner by cloth. */
public record PoolDraft(PoolType pool, BigDecimal total, Map<Integer, BigDecimal> stakes) {

  public PoolDraft {
    stakes = Map.copyOf(stakes);
  }
}
