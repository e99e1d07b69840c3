package com.sportshub.racing.control;

import com.sportshub.racing.entity.RuleFourDeduction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Tattersalls' Rule 4(c): the deduction from winning bets struck at a price before a horse was
 * withdrawn, by the withdrawn horse's price at the time. The scale, in pence in the pound:
 *
 * <pre>
 * fractional price            decimal (2 places)   deduction
 * 1/9 or shorter              up to 1.11           90p
 * over 1/9   up to 2/11       up to 1.18           85p
 * over 2/11  up to 1/4        up to 1.25           80p
 * over 1/4   up to 3/10       up to 1.30           75p
 * over 3/10  up to 2/5        up to 1.40           70p
 * over 2/5   up to 8/15       up to 1.53           65p
 * over 8/15  up to 8/13       up to 1.62           60p
 * over 8/13  up to 4/5        up to 1.80           55p
 * over 4/5   up to 20/21      up to 1.95           50p
 * over 20/21 up to 6/5        up to 2.20           45p
 * over 6/5   up to 6/4        up to 2.50           40p
 * over 6/4   up to 7/4        up to 2.75           35p
 * over 7/4   up to 9/4        up to 3.25           30p
 * over 9/4   up to 3/1        up to 4.00           25p
 * over 3/1   up to 4/1        up to 5.00           20p
 * over 4/1   up to 11/2       up to 6.50           15p
 * over 11/2  up to 9/1        up to 10.00          10p
 * over 9/1   up to 14/1       up to 15.00           5p
 * over 14/1                                         none
 * </pre>
 *
 * Sources: Tattersalls' wording and scale as quoted at
 * winnerwinner.co.uk/bet-wiki/tattersalls-rule-4 ("In the case of two or more horses being
 * withdrawn, the total reduction shall not exceed 90 pence in the pound"), the same scale at
 * allaboutbetting.co.uk/horse-racing/rule-4 and William Hill's Rule 4 help page (90p cap). Older
 * tables start at "3/10 or shorter 75p" with a 75p cap; this is the current one. The bands are
 * published as "over X up to and including Y", which leaves no gaps; a decimal price is rounded
 * half-up to two places, as prices are shown, and compared with the band's top price in decimal to
 * two places, so that 1.62 (the usual decimal for 8/13) is 60p.
 *
 * <p>Bookmakers' own concessions (waiving a 5p deduction, say) are theirs, not the rule's.
 */
public final class RuleFour {

  private static final String[][] SCALE = {
    {"1.11", "0.90"}, {"1.18", "0.85"}, {"1.25", "0.80"}, {"1.30", "0.75"}, {"1.40", "0.70"},
    {"1.53", "0.65"}, {"1.62", "0.60"}, {"1.80", "0.55"}, {"1.95", "0.50"}, {"2.20", "0.45"},
    {"2.50", "0.40"}, {"2.75", "0.35"}, {"3.25", "0.30"}, {"4.00", "0.25"}, {"5.00", "0.20"},
    {"6.50", "0.15"}, {"10.00", "0.10"}, {"15.00", "0.05"}
  };

  private static final BigDecimal CAP = new BigDecimal("0.90");

  private RuleFour() {}

  /** The deduction for one withdrawn horse priced at {@code decimalPrice} when it was withdrawn. */
  public static RuleFourDeduction deductionFor(BigDecimal decimalPrice) {
    if (decimalPrice.compareTo(BigDecimal.ONE) <= 0) {
      throw new IllegalArgumentException("a decimal price is above 1: " + decimalPrice);
    }
    BigDecimal shown = decimalPrice.setScale(2, RoundingMode.HALF_UP);
    for (String[] band : SCALE) {
      if (shown.compareTo(new BigDecimal(band[0])) <= 0) {
        return new RuleFourDeduction(new BigDecimal(band[1]));
      }
    }
    return RuleFourDeduction.NONE;
  }

  /**
   * The deduction for several horses withdrawn at once (before the market was re-formed): the sum
   * of each one's deduction, capped at 90p in the pound.
   */
  public static RuleFourDeduction combinedDeduction(Collection<BigDecimal> decimalPrices) {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal price : decimalPrices) {
      total = total.add(deductionFor(price).fraction());
    }
    return total.signum() == 0 ? RuleFourDeduction.NONE : new RuleFourDeduction(total.min(CAP));
  }
}
