package com.sportshub.matches.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeasonLabelTest {

  @Test
  void aKickOffFromJulyBelongsToTheSeasonStartingThatYear() {
    assertEquals("2026-27", SeasonLabel.of(Instant.parse("2026-07-01T00:00:00Z")));
    assertEquals("2026-27", SeasonLabel.of(Instant.parse("2027-05-23T15:00:00Z")));
  }

  @Test
  void aKickOffBeforeJulyBelongsToTheSeasonThatStartedTheYearBefore() {
    assertEquals("2025-26", SeasonLabel.of(Instant.parse("2026-06-30T23:59:59Z")));
  }

  @Test
  void aSeasonWithinOneYearIsNamedByThatYear() {
    assertEquals("2026", SeasonLabel.spanning(2026, 2026));
    assertEquals("1999-00", SeasonLabel.spanning(1999, 2000));
  }

  @Test
  void labelsAreChecked() {
    assertTrue(SeasonLabel.valid("2022-23"));
    assertTrue(SeasonLabel.valid("2026"));
    assertFalse(SeasonLabel.valid("22-23"));
    assertFalse(SeasonLabel.valid("2022/23"));
  }
}
