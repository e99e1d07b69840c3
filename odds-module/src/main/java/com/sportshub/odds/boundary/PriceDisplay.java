package com.sportshub.odds.boundary;

import com.sportshub.odds.control.pricing.PriceFormat;
import com.sportshub.odds.entity.InvalidFeed;
import com.sportshub.odds.query.PriceShown;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/**
 * Shows decimal prices the way a reader asked: decimal (a number), fractional ("5/2") or American
 * ("+150"). The one entry to the price conversions for the REST layer.
 */
public final class PriceDisplay implements PriceShown {

  private final PriceFormat format;

  private PriceDisplay(PriceFormat format) {
    this.format = format;
  }

  /** {@code decimal} (the default when null), {@code fractional} or {@code american}. */
  public static PriceDisplay of(String format) {
    if (format == null) {
      return new PriceDisplay(PriceFormat.DECIMAL);
    }
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "decimal" -> new PriceDisplay(PriceFormat.DECIMAL);
      case "fractional" -> new PriceDisplay(PriceFormat.FRACTIONAL);
      case "american" -> new PriceDisplay(PriceFormat.AMERICAN);
      default -> throw new InvalidFeed("format", "must be decimal, fractional or american");
    };
  }

  @Override
  public boolean decimal() {
    return format == PriceFormat.DECIMAL;
  }

  /** The price as text in the chosen format; null stays null. */
  @Override
  public String show(BigDecimal decimal) {
    return decimal == null ? null : format.format(decimal);
  }

  /** As {@link #show}, for mapping. */
  public Function<BigDecimal, String> shown() {
    return this::show;
  }
}
