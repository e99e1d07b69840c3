package com.sportshub.racing.query;

import java.time.Instant;
import java.util.List;

/**
 * A race's current result: its version (1 as first declared, higher when amended), whether it is
 * official (weighed in: final, dividends declared), whether the judge called for a photo or the
 * stewards held an enquiry, and the placings.
 */
public record ResultView(
    int version,
    boolean amended,
    boolean official,
    boolean photo,
    boolean enquiry,
    Instant declaredAt,
    List<PlacingView> placings) {

  public ResultView {
    placings = List.copyOf(placings);
  }
}
