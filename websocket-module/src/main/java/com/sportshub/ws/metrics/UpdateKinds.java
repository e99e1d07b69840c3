package com.sportshub.ws.metrics;

import java.util.function.Function;
import org.eclipse.microprofile.metrics.Counter;

/**
 * Counts updates by channel kind ({@code odds}, {@code odds:event}, {@code race}...). The kind is
 * found by comparing the channel's name with a fixed list of prefixes, most specific first, so that
 * counting needs no substring and no map: it runs once per update on the broker's lane.
 */
public final class UpdateKinds {

  /** Prefix and kind, in the order they are tried; the names clients may subscribe to. */
  private static final String[][] KINDS = {
    {"odds:event:", "odds:event"},
    {"odds:", "odds"},
    {"race:", "race"},
    {"racing:meeting:", "racing:meeting"},
    {"matches:live", "matches:live"},
    {"match:", "match"},
    {"standings:", "standings"},
    {"news", "news"},
    {"notice:", "notice"},
    {"user:", "user"}
  };

  static final String OTHER = "other";

  private final Counter[] counters = new Counter[KINDS.length];
  private final Counter other;

  /**
   * @param counter the counter of a kind, asked once per kind
   */
  public UpdateKinds(Function<String, Counter> counter) {
    for (int i = 0; i < KINDS.length; i++) {
      counters[i] = counter.apply(KINDS[i][1]);
    }
    other = counter.apply(OTHER);
  }

  /** Counts nothing; for unit tests. */
  public static UpdateKinds discard() {
    return new UpdateKinds(kind -> Discard.COUNTER);
  }

  /** The kind of a channel, as the counters are tagged; {@code other} for no known kind. */
  public static String kindOf(String channel) {
    for (String[] kind : KINDS) {
      if (channel.startsWith(kind[0])) {
        return kind[1];
      }
    }
    return OTHER;
  }

  public void count(String channel) {
    for (int i = 0; i < KINDS.length; i++) {
      if (channel.startsWith(KINDS[i][0])) {
        counters[i].inc();
        return;
      }
    }
    other.inc();
  }
}
