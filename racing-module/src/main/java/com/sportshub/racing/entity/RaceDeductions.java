package com.sportshub.racing.entity;

/** What all of a race's non-runners deduct together: Rule 4 (capped) and the exchange reduction. */
public record RaceDeductions(RuleFourDeduction ruleFour, ExchangeReduction reduction) {

  public static final RaceDeductions NONE =
      new RaceDeductions(RuleFourDeduction.NONE, ExchangeReduction.NONE);
}
