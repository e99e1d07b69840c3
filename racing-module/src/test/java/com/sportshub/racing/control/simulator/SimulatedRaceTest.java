package com.sportshub.racing.control.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.racing.commands.PlacingDraft;
import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.PriceQuote;
import com.sportshub.racing.control.DraftChecks;
import com.sportshub.racing.control.PriceNotation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatedRaceTest {

  private static final Instant FIRST_OFF = Instant.parse("2026-03-10T13:30:00Z");

  private static List<PlannedMeeting> day(long seed) {
    return RaceDayPlan.plan(seed, FIRST_OFF, Duration.ofMinutes(30), 3, 6);
  }

  private static SimulatedRace firstRace(long seed) {
    return day(seed).get(0).races().get(0);
  }

  @Test
  void theSameSeedPlansTheSameDay() {
    assertEquals(firstRace(11).runners().get(0).horse(), firstRace(11).runners().get(0).horse());
    assertEquals(firstRace(11).steps(), firstRace(11).steps());
  }

  @Test
  void aPlannedDayPassesTheChecksEveryWriterPasses() {
    for (PlannedMeeting meeting : day(3)) {
      DraftChecks.meeting(meeting.meeting());
      for (SimulatedRace race : meeting.races()) {
        DraftChecks.race(race.draft());
        DraftChecks.runners(race.runners());
      }
    }
  }

  @Test
  void meetingsAreInterleavedAndTheirRacesSpaced() {
    List<PlannedMeeting> day = day(5);

    assertEquals(FIRST_OFF, day.get(0).races().get(0).draft().offTime());
    assertEquals(FIRST_OFF.plusSeconds(600), day.get(1).races().get(0).draft().offTime());
    assertEquals(FIRST_OFF.plusSeconds(1800), day.get(0).races().get(1).draft().offTime());
  }

  @Test
  void openingPricesAreOnTheLadderAndFormABookOverOneHundredPercent() {
    SimulatedRace race = firstRace(9);

    List<PriceQuote> prices = race.prices(true);

    assertEquals(race.runners().size(), prices.size());
    BigDecimal book = BigDecimal.ZERO;
    for (PriceQuote quote : prices) {
      BigDecimal decimal = PriceNotation.FRACTIONAL.parse(quote.price());
      assertEquals(quote.price(), PriceNotation.FRACTIONAL.show(decimal));
      book = book.add(BigDecimal.ONE.divide(decimal, 6, java.math.RoundingMode.HALF_UP));
    }
    assertTrue(book.compareTo(BigDecimal.ONE) > 0, "book " + book);
  }

  @Test
  void aPriceIsRepublishedOnlyWhenItMovesAlongTheLadder() {
    SimulatedRace race = firstRace(9);
    race.prices(true);

    assertTrue(race.prices(false).isEmpty());
  }

  @Test
  void everyRunnerStillInFinishesOnceAndTheNonRunnerNot() {
    SimulatedRace race = firstRace(13);
    int withdrawn = race.withdrawOne();

    List<PlacingDraft> order = race.finish();

    Set<Integer> cloths = new HashSet<>();
    order.forEach(p -> assertTrue(cloths.add(p.cloth())));
    assertEquals(race.runners().size() - 1, order.size());
    assertFalse(cloths.contains(withdrawn));
  }

  @Test
  void anAmendmentSwapsTheFirstTwo() {
    SimulatedRace race = firstRace(13);
    List<PlacingDraft> order = race.finish();

    List<PlacingDraft> amended = race.amend();

    assertEquals(order.get(1).cloth(), amended.get(0).cloth());
    assertEquals(order.get(0).cloth(), amended.get(1).cloth());
  }

  @Test
  void poolsOnlyGrowAndTheirTotalIsTheSumOfTheStakes() {
    SimulatedRace race = firstRace(17);
    PoolDraft first = race.bet().get(0);
    PoolDraft second = race.bet().get(0);

    assertTrue(second.total().compareTo(first.total()) > 0);
    assertEquals(
        0,
        second
            .total()
            .compareTo(second.stakes().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
  }
}
