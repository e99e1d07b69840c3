package com.sportshub.odds.control.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SteamDetectorTest {

  private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");
  // 3 percentage points within 10 minutes at 2 or more bookmakers.
  private final SteamDetector detector =
      new SteamDetector(new SteamRule(3, Duration.ofMinutes(10), 2));

  private static PricePoint at(String bookmaker, int minutesBeforeNow, String decimal) {
    return new PricePoint(
        bookmaker, NOW.minus(Duration.ofMinutes(minutesBeforeNow)), new BigDecimal(decimal));
  }

  @Test
  void twoBookmakersShorteningEnoughWithinTheWindowIsSteam() {
    // Worked by hand: 2.50 → 2.20 is 0.400000 → 0.454545, +5.45 points ≥ 3.
    List<PricePoint> points =
        List.of(at("a", 20, "2.50"), at("a", 5, "2.20"), at("b", 30, "2.50"), at("b", 2, "2.20"));
    assertEquals(
        Optional.of(new Steam(SteamDirection.SHORTENING, 2)), detector.detect(points, NOW));
  }

  @Test
  void twoBookmakersDriftingEnoughWithinTheWindowIsSteamTheOtherWay() {
    // Worked by hand: 2.00 → 2.30 is 0.500000 → 0.434783, −6.52 points.
    List<PricePoint> points =
        List.of(at("a", 15, "2.00"), at("a", 1, "2.30"), at("b", 15, "2.00"), at("b", 3, "2.30"));
    assertEquals(Optional.of(new Steam(SteamDirection.DRIFTING, 2)), detector.detect(points, NOW));
  }

  @Test
  void oneBookmakerMovingIsNotEnough() {
    List<PricePoint> points = List.of(at("a", 20, "2.50"), at("a", 5, "2.20"), at("b", 20, "2.50"));
    assertEquals(Optional.empty(), detector.detect(points, NOW));
  }

  @Test
  void movesBeforeTheWindowDoNotCount() {
    // Both moved 2.50 → 2.20 fifteen minutes ago; the price in force at 11:50 is already 2.20.
    List<PricePoint> points =
        List.of(at("a", 20, "2.50"), at("a", 15, "2.20"), at("b", 20, "2.50"), at("b", 15, "2.20"));
    assertEquals(Optional.empty(), detector.detect(points, NOW));
  }

  @Test
  void movesBelowTheThresholdDoNotCount() {
    // Worked by hand: 2.50 → 2.45 is 0.400000 → 0.408163, +0.82 points < 3.
    List<PricePoint> points =
        List.of(at("a", 20, "2.50"), at("a", 5, "2.45"), at("b", 20, "2.50"), at("b", 5, "2.45"));
    assertEquals(Optional.empty(), detector.detect(points, NOW));
  }

  @Test
  void aMoveOfExactlyTheThresholdCounts() {
    // Worked by hand: 2.50 → 2.00 is 0.40 → 0.50, exactly 10 points (9.999999999999998 in
    // floating point).
    SteamDetector tenPoints = new SteamDetector(new SteamRule(10, Duration.ofMinutes(10), 1));
    List<PricePoint> points = List.of(at("a", 20, "2.50"), at("a", 5, "2.00"));
    assertEquals(
        Optional.of(new Steam(SteamDirection.SHORTENING, 1)), tenPoints.detect(points, NOW));
  }

  @Test
  void aBookmakerFirstSeenInsideTheWindowMovesFromItsFirstPrice() {
    // b has no price before 11:50, so its move runs from 2.50 at 11:52 to 2.20 at 11:58.
    List<PricePoint> points =
        List.of(at("a", 20, "2.50"), at("a", 5, "2.20"), at("b", 8, "2.50"), at("b", 2, "2.20"));
    assertEquals(
        Optional.of(new Steam(SteamDirection.SHORTENING, 2)), detector.detect(points, NOW));
  }

  @Test
  void readsPointsInAnyOrderAndIgnoresThoseAfterNow() {
    // b's drift back to 2.50 comes after now and is ignored.
    List<PricePoint> points =
        List.of(
            at("b", -5, "2.50"),
            at("a", 5, "2.20"),
            at("b", 2, "2.20"),
            at("a", 20, "2.50"),
            at("b", 30, "2.50"));
    assertEquals(
        Optional.of(new Steam(SteamDirection.SHORTENING, 2)), detector.detect(points, NOW));
  }

  @Test
  void equalMovesBothWaysAreNoSteam() {
    SteamDetector anyOne = new SteamDetector(new SteamRule(3, Duration.ofMinutes(10), 1));
    List<PricePoint> points =
        List.of(at("a", 20, "2.50"), at("a", 5, "2.20"), at("b", 20, "2.20"), at("b", 5, "2.50"));
    assertEquals(Optional.empty(), anyOne.detect(points, NOW));
  }

  @Test
  void noPricesNoSteam() {
    assertTrue(detector.detect(List.of(), NOW).isEmpty());
  }

  @Test
  void rejectsARuleThatCanNeverOrAlwaysFire() {
    assertThrows(IllegalArgumentException.class, () -> new SteamRule(0, Duration.ofMinutes(5), 2));
    assertThrows(IllegalArgumentException.class, () -> new SteamRule(3, Duration.ZERO, 2));
    assertThrows(IllegalArgumentException.class, () -> new SteamRule(3, Duration.ofMinutes(5), 0));
    assertThrows(
        IllegalArgumentException.class, () -> new SteamRule(Double.NaN, Duration.ofMinutes(5), 2));
  }
}
