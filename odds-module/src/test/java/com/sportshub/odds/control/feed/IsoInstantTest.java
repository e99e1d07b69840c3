package com.sportshub.odds.control.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

  /** IsoInstant gives what Instant.parse gives, and throws where it throws. */
  private static void agreesWithTheJdk(String text) {
    Instant expected;
    try {
      expected = Instant.parse(text);
    } catch (DateTimeParseException refused) {
      assertThrows(DateTimeParseException.class, () -> IsoInstant.parse(text), text);
      return;
    }
    assertEquals(expected, IsoInstant.parse(text), text);
  }

  @Test
  void randomInstantsOfEveryFractionLengthReadAsTheJdkReadsThem() {
    Random random = new Random(20261122);
    for (int i = 0; i < 20_000; i++) {
      LocalDateTime at =
          LocalDateTime.ofEpochSecond(
              random.nextLong(-62_167_219_200L, 253_402_300_799L), 0, ZoneOffset.UTC);
      int digits = random.nextInt(10);
      StringBuilder text =
          new StringBuilder(
              String.format(
                  "%04d-%02d-%02dT%02d:%02d:%02d",
                  at.getYear(),
                  at.getMonthValue(),
                  at.getDayOfMonth(),
                  at.getHour(),
                  at.getMinute(),
                  at.getSecond()));
      if (digits > 0) {
        text.append('.');
        for (int d = 0; d < digits; d++) {
          text.append((char) ('0' + random.nextInt(10)));
        }
      }
      String form = text.append('Z').toString();
      assertNotNull(IsoInstant.common(form), form);
      agreesWithTheJdk(form);
    }
  }

  @Test
  void theFormFeedsSendIsReadWithoutTheFormatter() {
    assertEquals(Instant.ofEpochSecond(1_795_359_600L), IsoInstant.common("2026-11-22T15:00:00Z"));
    assertEquals(
        Instant.ofEpochSecond(1_795_359_600L, 120_000_000),
        IsoInstant.common("2026-11-22T15:00:00.12Z"));
    assertEquals(Instant.ofEpochSecond(951_782_400L), IsoInstant.common("2000-02-29T00:00:00Z"));
  }

  @Test
  void otherValidFormsAreLeftToTheJdkAndReadAsItReadsThem() {
    String[] others = {
      "2026-11-22T15:00:00+01:00",
      "2026-11-22t15:00:00z",
      "2016-12-31T23:59:60Z",
      "+12026-11-22T15:00:00Z",
      "2026-11-22T15:00Z",
      "2026-11-22T24:00:00Z",
      "2026-11-22T15:00:00.Z"
    };
    for (String text : others) {
      assertNull(IsoInstant.common(text), text);
      agreesWithTheJdk(text);
    }
  }

  @Test
  void malformedTextIsRefusedAsTheJdkRefusesIt() {
    String[] bad = {
      "",
      "Z",
      "2026-11-22",
      "2026-02-29T00:00:00Z",
      "2026-13-01T00:00:00Z",
      "2026-11-31T00:00:00Z",
      "2026-11-22T15:60:00Z",
      "2026-11-22T15:00:61Z",
      "2026-11-22T15:00:60Z",
      "2026-11-22T24:00:01Z",
      "2026-11-22T15:00:00.1234567890Z",
      "2026-1a-22T15:00:00Z",
      "2026-11-22 15:00:00Z",
      "2026-11-22T15:00:00",
      "2026-11-22T15:00:00.12a4Z",
      "2026-11-22T15-00:00Z",
      "+026-11-22T15:00:00Z",
      "2026-11-22T15:00:00ZZ"
    };
    for (String text : bad) {
      try {
        Instant.parse(text);
        fail("the JDK reads " + text + ": not a malformed example");
      } catch (DateTimeParseException expected) {
        assertThrows(DateTimeParseException.class, () -> IsoInstant.parse(text), text);
      }
    }
  }
}
