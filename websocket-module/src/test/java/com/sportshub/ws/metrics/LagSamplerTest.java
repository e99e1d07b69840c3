package com.sportshub.ws.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.ws.broker.Publication;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagSamplerTest {

  private final List<Long> samples = new ArrayList<>();
  private final LagSampler sampler = new LagSampler(samples::add, () -> 1_000_250L);

  @Test
  void readsThePublicationTimeThatTheBrokerWritesAfterTheData() {
    String frame =
        new Publication("odds:x", "odds_update", "{\"ts\":5}", 1_000_000L).sequenced(3).frame();

    assertEquals(1_000_000L, LagSampler.publishedAt(frame));
  }

  @Test
  void readsTheTimeOfAConflatedUpdateToo() {
    String frame = new Publication("race:1", "odds_update", "{}", 42L, true).sequenced(9).frame();

    assertEquals(42L, LagSampler.publishedAt(frame));
  }

  @Test
  void recordsTheMillisecondsFromPublicationToNow() {
    sampler.record(new Publication("news", "news_update", "{}", 1_000_000L).sequenced(1).frame());

    assertEquals(List.of(250L), samples);
  }

  @Test
  void samplesTheFirstUpdateAndThenAtMostOneEachInterval() {
    assertTrue(sampler.due(0));
    assertFalse(sampler.due(LagSampler.INTERVAL_NANOS - 1));
    assertTrue(sampler.due(LagSampler.INTERVAL_NANOS));
  }
}
