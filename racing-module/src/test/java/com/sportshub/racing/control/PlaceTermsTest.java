package com.sportshub.racing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.racing.commands.RaceDraft;
import com.sportshub.racing.commands.RunnerDraft;
import com.sportshub.racing.commands.ToteConvention;
import com.sportshub.racing.entity.Race;
import com.sportshub.racing.entity.RuleFourDeduction;
import com.sportshub.racing.entity.Runner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceTermsTest {

  private static final Instant NOW = Instant.parse("2026-03-10T13:30:00Z");

  private static Race race(Integer fixedPlaces, boolean handicap) {
    return new Race(
        "m1",
        new RaceDraft("r1", 1, "Hartley Handicap", NOW, 4023, null, fixedPlaces, handicap),
        "alice",
        NOW);
  }

  private static List<Runner> field(int size) {
    List<Runner> field = new ArrayList<>();
    for (int cloth = 1; cloth <= size; cloth++) {
      field.add(new Runner("r1", new RunnerDraft(cloth, "Horse " + cloth, null, null, null, null)));
    }
    return field;
  }

  private static int uk(int runners, boolean handicap) {
    return PlaceTerms.byRunners(ToteConvention.UK, runners, handicap);
  }

  @Test
  void aUkRaceOfFourOrFewerRunnersIsWinOnly() {
    assertEquals(0, uk(1, false));
    assertEquals(0, uk(4, true));
  }

  @Test
  void aUkRaceOfFiveToSevenRunnersPaysTwoPlaces() {
    assertEquals(2, uk(5, false));
    assertEquals(2, uk(7, true));
  }

  @Test
  void aUkRaceOfEightOrMoreRunnersPaysThreePlaces() {
    assertEquals(3, uk(8, false));
    assertEquals(3, uk(16, false));
    assertEquals(3, uk(15, true));
  }

  @Test
  void aUkHandicapOfSixteenOrMoreRunnersPaysFourPlaces() {
    assertEquals(4, uk(16, true));
    assertEquals(4, uk(30, true));
  }

  @Test
  void anAustralianHandicapHasNoFourthPlaceAndAUsPlacePoolPaysTwo() {
    assertEquals(3, PlaceTerms.byRunners(ToteConvention.AUS, 16, true));
    assertEquals(0, PlaceTerms.byRunners(ToteConvention.AUS, 4, false));
    assertEquals(2, PlaceTerms.byRunners(ToteConvention.US, 12, false));
  }

  @Test
  void aNonRunnerTakingTheFieldFromEightToSevenCostsAPlace() {
    Race race = race(null, false);
    List<Runner> field = field(8);
    int before = PlaceTerms.of(race, ToteConvention.UK, field);

    field.get(7).withdraw(NOW, RuleFourDeduction.NONE, null);

    assertEquals(3, before);
    assertEquals(2, PlaceTerms.of(race, ToteConvention.UK, field));
  }

  @Test
  void placesAPublisherFixedStandWhateverTheRunners() {
    Race race = race(3, false);
    List<Runner> field = field(6);

    assertEquals(3, PlaceTerms.of(race, ToteConvention.UK, field));
    assertEquals("alice", race.placesFixedBy());
  }
}
