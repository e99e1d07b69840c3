package com.sportshub.racing.boundary;

import com.sportshub.racing.control.PriceNotation;
import com.sportshub.racing.entity.InvalidRacingInput;
import com.sportshub.racing.query.PriceShown;
import java.math.BigDecimal;

/**
 * Shows decimal prices the way a reader asked: decimal (a number), fractional ("5/2", the
 * traditional ladder) or American ("+250"). The REST layer's one entry to the notations.
 */
public final class PriceStyle implements PriceShown {

  private final PriceNotation notation;

  private PriceStyle(PriceNotation notation) {
    this.notation = notation;
  }

  /** {@code decimal} (also when null), {@code fractional} or {@code american}. */
  public static PriceStyle of(String format) {
    if (format == null) {
      return new PriceStyle(PriceNotation.DECIMAL);
    }
    try {
      return new PriceStyle(PriceNotation.named(format));
    } catch (IllegalArgumentException e) {
      throw new InvalidRacingInput("format", "must be decimal, fractional or american");
    }
  }

  @Override
  public boolean decimal() {
    return notation == PriceNotation.DECIMAL;
  }

  /** The price as text in the chosen notation; null stays null. */
  @Override
  public String show(BigDecimal decimal) {
    return decimal == null ? null : notation.show(decimal);
  }
}
