package com.sportshub.odds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.odds.control.pricing.PricePoint;
import com.sportshub.odds.entity.PriceChange;
import com.sportshub.odds.query.PriceView;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SteamMemoryTest {

  private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(5);

  /** A history with nothing in it that counts which events it was asked for. */
  private static final class History extends PriceStore {
    final List<String> asked = new ArrayList<>();

    @Override
    public Map<String, List<PriceChange>> historySince(Collection<String> eventIds, Instant from) {
      asked.addAll(eventIds);
      return Map.of();
    }
  }

  private final History history = new History();
  private final SteamMemory memory = new SteamMemory();

  SteamMemoryTest() {
    memory.prices = history;
    memory.window = WINDOW;
  }

  private static PriceView move(String bookmaker, String previous, String price) {
    return new PriceView(
        "h2h", null, "Home", bookmaker, new BigDecimal(price), new BigDecimal(previous), T0);
  }

  private List<BigDecimal> prices(String eventId, Instant now) {
    return memory.points(eventId, "h2h", "Home", List.of(), now).stream()
        .map(PricePoint::decimal)
        .toList();
  }

  // Eviction is checked on every 256th load that had something to read.
  private void loadOthersUntilEvictionRuns(Instant now) {
    for (int i = 0; i < 256; i++) {
      memory.load(List.of("other-" + i), now);
    }
  }

  @Test
  void anEventsWindowIsReadFromTheHistoryOnceAndThenKeptUpByItsMoves() {
    memory.load(List.of("e1"), T0);
    memory.record("e1", List.of(move("bet365", "2.00", "1.90")), T0.plusSeconds(10));
    memory.load(List.of("e1"), T0.plusSeconds(20));

    assertEquals(List.of("e1"), history.asked);
    assertEquals(
        List.of(new BigDecimal("2.00"), new BigDecimal("1.90")), prices("e1", T0.plusSeconds(30)));
  }

  @Test
  void anEventIdleForAWholeWindowIsForgottenAndReadAgainWhenMetNext() {
    memory.load(List.of("e1"), T0);
    memory.record("e1", List.of(move("bet365", "2.00", "1.90")), T0);

    loadOthersUntilEvictionRuns(T0.plus(WINDOW).plusSeconds(1));
    memory.load(List.of("e1"), T0.plus(WINDOW).plusSeconds(2));

    assertEquals(2, history.asked.stream().filter("e1"::equals).count());
    assertEquals(List.of(), prices("e1", T0.plus(WINDOW).plusSeconds(3)));
  }

  @Test
  void anEventMovedWithinTheWindowIsKeptWhenOthersAreForgotten() {
    memory.load(List.of("e1"), T0);
    memory.record("e1", List.of(move("bet365", "2.00", "1.90")), T0.plusSeconds(120));

    loadOthersUntilEvictionRuns(T0.plus(WINDOW).plusSeconds(1));

    assertEquals(
        List.of(new BigDecimal("2.00"), new BigDecimal("1.90")),
        prices("e1", T0.plus(WINDOW).plusSeconds(2)));
  }

  @Test
  void aMoveRecordedForAForgottenEventStartsItsWindowAgain() {
    memory.load(List.of("e1"), T0);
    memory.record("e1", List.of(move("bet365", "2.00", "1.90")), T0);
    loadOthersUntilEvictionRuns(T0.plus(WINDOW).plusSeconds(1));

    // Another node moved it to 1.85 meanwhile: a new window opens at the price this move replaced,
    // where the old one would still begin at 1.90.
    Instant later = T0.plus(WINDOW).plusSeconds(5);
    memory.record("e1", List.of(move("bet365", "1.85", "1.80")), later);

    assertEquals(
        List.of(new BigDecimal("1.85"), new BigDecimal("1.80")),
        prices("e1", later.plusSeconds(1)));
  }
}
