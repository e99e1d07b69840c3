package com.sportshub.ws.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.ws.broker.Publication;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflatorTest {

  private long now = 10_000;
  private final List<Runnable> timers = new ArrayList<>();
  private final List<Long> delays = new ArrayList<>();
  private final List<Publication> sent = new ArrayList<>();
  private final Conflator conflator =
      new Conflator(
          1_000,
          (task, delay) -> {
            timers.add(task);
            delays.add(delay);
          },
          () -> now,
          sent::add);

  private static Publication price(String channel, String key, double price) {
    return new Publication(
        channel,
        "odds_update",
        "{\"prices\":[{\"key\":\"" + key + "\",\"price\":" + price + "}]}",
        0);
  }

  private void fireTimers() {
    List<Runnable> due = new ArrayList<>(timers);
    timers.clear();
    due.forEach(Runnable::run);
  }

  @Test
  void aChangeAfterAQuietIntervalGoesOutAtOnceUnmarked() {
    conflator.offer(price("race:1", "7", 3.5));

    assertEquals(1, sent.size());
    assertFalse(sent.get(0).conflated());
    assertTrue(timers.isEmpty());
  }

  @Test
  void changesWithinTheIntervalWaitAndGoOutMergedWithTheLatestPricesWhenItEnds() {
    conflator.offer(price("race:1", "7", 3.5));
    now += 200;
    conflator.offer(price("race:1", "7", 3.25));
    now += 100;
    conflator.offer(price("race:1", "4", 6.0));
    now += 100;
    conflator.offer(price("race:1", "7", 3.0));

    assertEquals(1, sent.size());
    assertEquals(List.of(800L), delays);
    now += 600;
    fireTimers();

    assertEquals(2, sent.size());
    Publication merged = sent.get(1);
    assertTrue(merged.conflated());
    assertEquals(
        "{\"prices\":[{\"key\":\"7\",\"price\":3.0},{\"key\":\"4\",\"price\":6.0}]}",
        merged.data());
  }

  @Test
  void oneLateChangeIsSentAloneAndNotMarkedConflated() {
    conflator.offer(price("race:1", "7", 3.5));
    now += 500;
    conflator.offer(price("race:1", "7", 3.25));
    now += 500;
    fireTimers();

    assertEquals(2, sent.size());
    assertFalse(sent.get(1).conflated());
  }

  @Test
  void channelsAreLimitedEachOnTheirOwn() {
    conflator.offer(price("race:1", "7", 3.5));
    conflator.offer(price("race:2", "1", 2.0));

    assertEquals(2, sent.size());
  }

  @Test
  void neverMoreThanOneUpdatePerIntervalOnAChannel() {
    for (int i = 0; i < 50; i++) {
      conflator.offer(price("race:1", "7", 2.0 + i / 10.0));
      now += 100;
      if (!timers.isEmpty() && i % 10 == 9) {
        fireTimers();
      }
    }
    fireTimers();

    assertTrue(sent.size() <= 6, "sent " + sent.size() + " updates in 5 s");
    assertEquals("{\"prices\":[{\"key\":\"7\",\"price\":6.9}]}", sent.get(sent.size() - 1).data());
  }

  @Test
  void anUpdateThatMustNotBeMergedGoesOutAtOnceAfterWhatTheChannelHeld() {
    conflator.offer(price("race:1", "7", 3.5));
    now += 200;
    conflator.offer(price("race:1", "7", 3.25));
    Publication off = new Publication("race:1", "race_status", "{\"status\":\"OFF\"}", 0);

    conflator.pass(off);

    assertEquals(3, sent.size());
    assertEquals("{\"prices\":[{\"key\":\"7\",\"price\":3.25}]}", sent.get(1).data());
    assertEquals(off, sent.get(2));
    fireTimers();
    assertEquals(3, sent.size(), "the held price went out once, before the status");
  }

  @Test
  void updatesThatMustNotBeMergedAreNeverHeldBackByTheRate() {
    conflator.pass(new Publication("race:1", "race_status", "{\"status\":\"PARADING\"}", 0));
    now += 10;
    conflator.pass(new Publication("race:1", "race_status", "{\"status\":\"GOING_DOWN\"}", 0));

    assertEquals(2, sent.size());
    assertTrue(timers.isEmpty());
  }
}
