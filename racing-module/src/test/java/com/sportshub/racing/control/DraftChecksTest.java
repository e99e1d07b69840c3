package com.sportshub.racing.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.racing.commands.MeetingDraft;
import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.PoolType;
import com.sportshub.racing.commands.RaceDraft;
import com.sportshub.racing.commands.RunnerDraft;
import com.sportshub.racing.entity.InvalidRacingInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftChecksTest {

  private static MeetingDraft meeting(String id, String course, String country) {
    return new MeetingDraft(id, course, LocalDate.of(2026, 3, 10), country, "Soft", null);
  }

  private static RunnerDraft runner(int cloth, String horse) {
    return new RunnerDraft(cloth, horse, "P Townend", "W P Mullins", null, 161);
  }

  private static String refusedField(Runnable check) {
    return assertThrows(InvalidRacingInput.class, check::run).field();
  }

  @Test
  void aCompleteMeetingPasses() {
    assertDoesNotThrow(() -> DraftChecks.meeting(meeting("chelt-2026-03-10", "Cheltenham", "GB")));
  }

  @Test
  void aMissingCourseIsRefusedByName() {
    assertEquals("course", refusedField(() -> DraftChecks.meeting(meeting("m1", null, "GB"))));
  }

  @Test
  void anIdThatCannotBeAChannelNameIsRefused() {
    assertEquals(
        "meetingId", refusedField(() -> DraftChecks.meeting(meeting("a b", "Ascot", "GB"))));
  }

  @Test
  void aLowerCaseCountryIsRefused() {
    assertEquals("country", refusedField(() -> DraftChecks.meeting(meeting("m1", "Ascot", "gb"))));
  }

  @Test
  void aRaceNameLongerThanItsColumnIsRefused() {
    RaceDraft race = new RaceDraft("r1", 1, "x".repeat(129), Instant.now(), 4023, null, 3, null);

    assertEquals("name", refusedField(() -> DraftChecks.race(race)));
  }

  @Test
  void fixedPlacesMayBeWinOnlyButNotSix() {
    RaceDraft winOnly = new RaceDraft("r1", 1, "Novices", Instant.now(), 4023, null, 0, null);
    RaceDraft six = new RaceDraft("r1", 1, "Novices", Instant.now(), 4023, null, 6, null);

    DraftChecks.race(winOnly);
    assertEquals("placesPaid", refusedField(() -> DraftChecks.race(six)));
  }

  @Test
  void aRunnerIsNamedByItsPlaceInTheList() {
    List<RunnerDraft> runners = List.of(runner(1, "Galopin Des Champs"), runner(2, " "));

    assertEquals("runners[1].horse", refusedField(() -> DraftChecks.runners(runners)));
  }

  @Test
  void aClothNumberOfZeroIsRefused() {
    assertEquals(
        "runners[0].cloth", refusedField(() -> DraftChecks.runners(List.of(runner(0, "A")))));
  }

  @Test
  void aPoolTotalBeyondItsColumnIsRefused() {
    PoolDraft pool = new PoolDraft(PoolType.WIN, new BigDecimal("1e12"), Map.of());

    assertEquals("total", refusedField(() -> DraftChecks.pool(pool)));
  }

  @Test
  void aTotalThatRoundsUpToTheLimitIsRefused() {
    PoolDraft pool = new PoolDraft(PoolType.WIN, new BigDecimal("999999999999.995"), Map.of());

    assertEquals("total", refusedField(() -> DraftChecks.pool(pool)));
  }

  @Test
  void aStakeBeyondItsColumnIsRefusedByCloth() {
    PoolDraft pool =
        new PoolDraft(
            PoolType.PLACE,
            new BigDecimal("999999999999.99"),
            Map.of(1, BigDecimal.TEN, 2, new BigDecimal("1e13")));

    assertEquals("stakes.2", refusedField(() -> DraftChecks.pool(pool)));
  }
}
