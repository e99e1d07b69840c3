package com.sportshub.racing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.PoolType;
import com.sportshub.racing.commands.ToteConvention;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToteRulesTest {

  private static ToteDividends published(ToteConvention tote) {
    return new ToteDividends(
        tote,
        ToteRules.publishedTakeout(tote, PoolType.WIN),
        ToteRules.publishedTakeout(tote, PoolType.PLACE));
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void aUkWinPoolKeepsTheToteUkDeduction() {
    // tote.co.uk's guide "Tote vs SP odds": a 10,000 pool leaves 8,075 after the 19.25% win
    // deduction; 2,000 on the winner pays 8,075 / 2,000 = 4.0375 -> 4.00. With the old 16%
    // default it paid 8,400 / 2,000 = 4.20.
    PoolDraft win = new PoolDraft(PoolType.WIN, d("10000"), Map.of(1, d("2000"), 2, d("8000")));

    BigDecimal dividend = published(ToteConvention.UK).approximateWin(win, Set.of()).get(1);

    assertEquals(d("4.00"), dividend.setScale(2));
  }

  @Test
  void aUkPlacePoolKeepsTwentyPerCent() {
    // Worked by hand: 1,000 less 20% = 800, 400 a place: 400 / 79 = 5.063 -> 5.00. At the win
    // pool's 19.25% it would be 403.75 / 79 = 5.11 -> 5.10.
    PoolDraft place = new PoolDraft(PoolType.PLACE, d("1000"), Map.of(1, d("100"), 2, d("79")));

    Map<Integer, BigDecimal> dividends =
        published(ToteConvention.UK)
            .place(place, Map.of(1, PlaceShare.WHOLE, 2, PlaceShare.WHOLE), Set.of());

    assertEquals(d("5.00"), dividends.get(2).setScale(2));
  }

  @Test
  void eachToteHasItsOwnKeys() {
    assertEquals(
        "hub.racing.tote.uk.win-takeout", ToteRules.takeoutKey(ToteConvention.UK, PoolType.WIN));
    assertEquals(
        "hub.racing.tote.aus.place-takeout",
        ToteRules.takeoutKey(ToteConvention.AUS, PoolType.PLACE));
  }

  @Test
  void aUsWinPoolKeepsCaliforniasRate() {
    // Worked by hand: 1,000 less 15.43% = 845.70; / 50 = 16.914 per $1, profit 15.914 -> 15.90
    // (dime breakage) -> 16.90 per $1 -> 33.80 per $2. At 16% it would be 33.60.
    PoolDraft win = new PoolDraft(PoolType.WIN, d("1000"), Map.of(1, d("50"), 2, d("950")));

    BigDecimal dividend = published(ToteConvention.US).approximateWin(win, Set.of()).get(1);

    assertEquals(d("33.80"), dividend.setScale(2));
  }

  @Test
  void anAustralianWinPoolKeepsTabcorpsRate() {
    // Worked by hand: 1,000 less 14.5% = 855; / 50 = 17.10. At 14.25%: 857.50 / 50 = 17.15.
    PoolDraft win = new PoolDraft(PoolType.WIN, d("1000"), Map.of(1, d("50"), 2, d("950")));

    BigDecimal dividend = published(ToteConvention.AUS).approximateWin(win, Set.of()).get(1);

    assertEquals(d("17.10"), dividend.setScale(2));
  }
}
