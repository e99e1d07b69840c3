package com.sportshub.racing.query;

import java.math.BigDecimal;

/**
 * How a REST reader asked to see fixed-odds prices: as JSON numbers (decimal) or as text in another
 * notation ("5/2", "+250"). The boundary's {@code PriceStyle} is one; the renderer needs no more.
 */
public interface PriceShown {

  boolean decimal();

  /** The price as text in the chosen notation; null stays null. */
  String show(BigDecimal decimal);
}
