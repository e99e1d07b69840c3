package com.sportshub.ws.endpoint;

import java.util.Arrays;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.Counter;

/**
 * Counts the {@code error} messages sent, by code. {@link Messages} builds them in static calls
 * from a dozen places, so the counters are installed here once, at start-up, rather than handed to
 * each of those places; until then (unit tests) nothing is counted.
 */
final class Refusals {

  private static volatile Counter[] byCode;

  private Refusals() {}

  static void install(Function<ErrorCode, Counter> counter) {
    byCode = Arrays.stream(ErrorCode.values()).map(counter).toArray(Counter[]::new);
  }

  static void count(ErrorCode code) {
    Counter[] counters = byCode;
    if (counters != null) {
      counters[code.ordinal()].inc();
    }
  }
}
