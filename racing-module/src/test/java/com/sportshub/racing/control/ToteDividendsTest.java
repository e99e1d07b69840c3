package com.sportshub.racing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.PoolType;
import com.sportshub.racing.commands.ToteConvention;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToteDividendsTest {

  private final ToteDividends uk =
      new ToteDividends(ToteConvention.UK, new BigDecimal("0.20"), new BigDecimal("0.20"));

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, d(expected).compareTo(actual), "expected " + expected + " but was " + actual);
  }

  private static Map<Integer, PlaceShare> whole(Integer... cloths) {
    Map<Integer, PlaceShare> placed = new LinkedHashMap<>();
    for (Integer cloth : cloths) {
      placed.put(cloth, PlaceShare.WHOLE);
    }
    return placed;
  }

  private static PoolDraft pool(PoolType type, String total, Map<Integer, BigDecimal> stakes) {
    return new PoolDraft(type, d(total), stakes);
  }

  @Test
  void everyBackedRunnerHasAnApproximateWinDividend() {
    // Worked by hand: 1,000 less 20% = 800 net; 800 / 400 = 2.00; 800 / 100 = 8.00 (per GBP 1,
    // rounded down to 10p).
    PoolDraft win = pool(PoolType.WIN, "1000", Map.of(1, d("400"), 2, d("100"), 3, d("500")));

    Map<Integer, BigDecimal> dividends = uk.approximateWin(win, Set.of());

    assertAmount("2.00", dividends.get(1));
    assertAmount("8.00", dividends.get(2));
    assertAmount("1.60", dividends.get(3));
  }

  @Test
  void stakesOnANonRunnerAreRefundedBeforeThePoolIsDivided() {
    // Worked by hand: 1,000 less the 500 refunded on runner 3 = 500; less 20% = 400 net;
    // 400 / 400 = 1.00, which Tote UK pays as 1.10 (above 90p and below 1.10); 400 / 100 = 4.00.
    PoolDraft win = pool(PoolType.WIN, "1000", Map.of(1, d("400"), 2, d("100"), 3, d("500")));

    Map<Integer, BigDecimal> dividends = uk.approximateWin(win, Set.of(3));

    assertEquals(Set.of(1, 2), dividends.keySet());
    assertAmount("1.10", dividends.get(1));
    assertAmount("4.00", dividends.get(2));
  }

  @Test
  void thePlacedRunnersShareThePlacePool() {
    // Worked by hand: 2,000 less 20% = 1,600 net, 800 a place (Tote UK): runner 1 pays 800 / 400
    // = 2.00; runner 2 800 / 200 = 4.00.
    PoolDraft place = pool(PoolType.PLACE, "2000", Map.of(1, d("400"), 2, d("200"), 3, d("900")));

    Map<Integer, BigDecimal> dividends = uk.place(place, whole(1, 2), Set.of());

    assertAmount("2.00", dividends.get(1));
    assertAmount("4.00", dividends.get(2));
  }

  @Test
  void horsesDeadHeatingForFirstShareTheWinPool() {
    // Worked by hand: 1,000 less 20% = 800, two parts of 400: runner 1 400 / 400 = 1.00 -> 1.10,
    // runner 2 400 / 100 = 4.00; runner 3 lost.
    PoolDraft win = pool(PoolType.WIN, "1000", Map.of(1, d("400"), 2, d("100"), 3, d("500")));

    Map<Integer, BigDecimal> dividends = uk.win(win, List.of(1, 2), Set.of());

    assertEquals(Set.of(1, 2), dividends.keySet());
    assertAmount("1.10", dividends.get(1));
    assertAmount("4.00", dividends.get(2));
  }

  @Test
  void aPoolThatCannotBeDividedPaysNothing() {
    PoolDraft win = pool(PoolType.WIN, "100", Map.of(1, d("400")));

    assertTrue(uk.approximateWin(win, Set.of()).isEmpty());
  }
}
