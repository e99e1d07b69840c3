package com.sportshub.ws.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Counter;
import org.junit.jupiter.api.Test;

class UpdateKindsTest {

  private final Map<String, AtomicLong> counted = new HashMap<>();
  private final UpdateKinds kinds = new UpdateKinds(this::counter);

  @Test
  void countsEachUpdateUnderItsChannelsMostSpecificKind() {
    kinds.count("odds:event:e1");
    kinds.count("odds:soccer_epl");
    kinds.count("odds:basketball_nba");
    kinds.count("matches:live");
    kinds.count("elsewhere");

    assertEquals(1, counted.get("odds:event").get());
    assertEquals(2, counted.get("odds").get());
    assertEquals(1, counted.get("matches:live").get());
    assertEquals(0, counted.get("match").get());
    assertEquals(1, counted.get("other").get());
  }

  private Counter counter(String kind) {
    AtomicLong count = counted.computeIfAbsent(kind, k -> new AtomicLong());
    return new Counter() {
      @Override
      public void inc() {
        count.incrementAndGet();
      }

      @Override
      public void inc(long n) {
        count.addAndGet(n);
      }

      @Override
      public long getCount() {
        return count.get();
      }
    };
  }
}
