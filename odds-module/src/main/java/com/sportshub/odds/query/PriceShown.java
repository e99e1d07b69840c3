package com.sportshub.odds.query;

import java.math.BigDecimal;

/**
 * How a REST reader asked to see prices: as JSON numbers (decimal) or as text in another format
 * ("5/2", "+150"). The boundary's {@code PriceDisplay} is one; the renderer needs no more.
 */
public interface PriceShown {

  boolean decimal();

  /** The price as text in the chosen format; null stays null. */
  String show(BigDecimal decimal);
}
