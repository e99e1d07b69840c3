package com.sportshub.odds.control.pricing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MarginMethodTest {

  // A 3-way football book: 1/2.10 + 1/3.40 + 1/3.60 = 0.476190 + 0.294118 + 0.277778 = 1.048086.
  private static final double[] FOOTBALL = {2.10, 3.40, 3.60};

  @Test
  void multiplicativeDividesEachImpliedProbabilityByTheBookSum() {
    // Worked by hand: 0.476190 / 1.048086 = 0.454343; 0.294118 / 1.048086 = 0.280624;
    // 0.277778 / 1.048086 = 0.265033.
    assertArrayEquals(
        new double[] {0.454343, 0.280624, 0.265033},
        MarginMethod.MULTIPLICATIVE.fairProbabilities(FOOTBALL),
        1e-6);
  }

  @Test
  void multiplicativeMatchesTheImpliedPackageVignette() {
    // Source: R package "implied", vignette "Introduction", basic method, first match:
    // odds 4.20 / 3.70 / 1.95 → 0.2331556 0.2646631 0.5021813
    // (https://cran.r-project.org/web/packages/implied/vignettes/introduction.html).
    assertArrayEquals(
        new double[] {0.2331556, 0.2646631, 0.5021813},
        MarginMethod.MULTIPLICATIVE.fairProbabilities(4.20, 3.70, 1.95),
        1e-7);
  }

  @Test
  void theDefaultIsMultiplicative() {
    assertEquals(MarginMethod.MULTIPLICATIVE, MarginMethod.DEFAULT);
  }

  @Test
  void additiveTakesAnEqualShareOfTheMarginFromEachOutcome() {
    // Worked by hand: share = 0.048086 / 3 = 0.016029; 0.476190 − 0.016029 = 0.460162;
    // 0.294118 − 0.016029 = 0.278089; 0.277778 − 0.016029 = 0.261749.
    assertArrayEquals(
        new double[] {0.460162, 0.278089, 0.261749},
        MarginMethod.ADDITIVE.fairProbabilities(FOOTBALL),
        1e-6);
  }

  @Test
  void additiveClampsALongShotAtZeroAndSharesTheRestOfTheMarginAmongTheOthers() {
    // Worked by hand: 1/1.05 = 20/21, 1/6 = 1/6, 1/101 = 0.009901; sum 1.128948, share 0.042983
    // would leave the long shot at −0.033. Clamped: the other two carry (20/21 + 1/6 − 1) / 2 =
    // (47/42 − 1) / 2 = 5/84 each: 20/21 − 5/84 = 75/84 = 25/28; 1/6 − 5/84 = 9/84 = 3/28.
    assertArrayEquals(
        new double[] {25.0 / 28, 3.0 / 28, 0},
        MarginMethod.ADDITIVE.fairProbabilities(1.05, 6.0, 101.0),
        1e-12);
  }

  @Test
  void additiveHandlesTheImpliedPackagesProblemBook() {
    // Source: R package "implied", vignette "Troubleshooting" uses 1.15 / 5 / 10 / 25 as a book
    // where the additive method goes negative. Worked by hand, the 25 clamped to 0: the others
    // carry (20/23 + 1/5 + 1/10 − 1) / 3 = (269/230 − 1) / 3 = 13/230 each:
    // 200/230 − 13/230 = 187/230; 46/230 − 13/230 = 33/230; 23/230 − 13/230 = 10/230.
    assertArrayEquals(
        new double[] {187.0 / 230, 33.0 / 230, 10.0 / 230, 0},
        MarginMethod.ADDITIVE.fairProbabilities(1.15, 5, 10, 25),
        1e-12);
  }

  @Test
  void powerRaisesTheImpliedProbabilitiesToTheExponentThatMakesThemSumToOne() {
    // Worked with an independent Newton iteration (Python) on Σ π_i^k = 1: k = 1.0461121;
    // 0.476190^k = 0.460174, 0.294118^k = 0.277980, 0.277778^k = 0.261846.
    assertEquals(1.0461121, PowerMargin.exponent(implied(FOOTBALL)), 1e-7);
    assertArrayEquals(
        new double[] {0.460174, 0.277980, 0.261846},
        MarginMethod.POWER.fairProbabilities(FOOTBALL),
        1e-6);
  }

  @Test
  void powerExponentOfASymmetricTwoWayBookHasAClosedForm() {
    // Worked by hand: 2 (1/1.91)^k = 1 ⇔ k = ln 0.5 / ln(1/1.91) = −0.693147 / −0.647103 =
    // 1.071154.
    assertEquals(1.071154, PowerMargin.exponent(implied(1.91, 1.91)), 1e-6);
    assertArrayEquals(
        new double[] {0.5, 0.5}, MarginMethod.POWER.fairProbabilities(1.91, 1.91), 1e-12);
  }

  @Test
  void shinMatchesThePublishedThreeWayExample() {
    // Source: Python package "shin" README (https://github.com/mberk/shin):
    // [2.6, 2.4, 4.3] → [0.37299406033208965, 0.4047794109200184, 0.2222265287474275],
    // z = 0.01694251276407055.
    assertEquals(0.01694251276407055, ShinMargin.insiderShare(implied(2.6, 2.4, 4.3)), 1e-10);
    assertArrayEquals(
        new double[] {0.37299406033208965, 0.4047794109200184, 0.2222265287474275},
        MarginMethod.SHIN.fairProbabilities(2.6, 2.4, 4.3),
        1e-10);
  }

  @Test
  void shinMatchesThePublishedTwoWayExample() {
    // Source: Python package "shin" README (https://github.com/mberk/shin):
    // [1.5, 2.74] → [0.6508515815085157, 0.3491484184914841], z = 0.03172728540646625.
    assertEquals(0.03172728540646625, ShinMargin.insiderShare(implied(1.5, 2.74)), 1e-10);
    assertArrayEquals(
        new double[] {0.6508515815085157, 0.3491484184914841},
        MarginMethod.SHIN.fairProbabilities(1.5, 2.74),
        1e-10);
  }

  @Test
  void shinOnTheFootballBookAgreesWithStrumbeljsFixedPointIteration() {
    // Worked with an independent Python implementation of Štrumbelj's (2014) fixed-point
    // iteration z ← (Σ sqrt(z² + 4(1 − z) π_i² / Σπ) − 2) / (n − 2): z = 0.0240828,
    // p = 0.458666, 0.278738, 0.262597.
    assertEquals(0.0240828, ShinMargin.insiderShare(implied(FOOTBALL)), 1e-7);
    assertArrayEquals(
        new double[] {0.458666, 0.278738, 0.262597},
        MarginMethod.SHIN.fairProbabilities(FOOTBALL),
        1e-6);
  }

  @Test
  void shinsInsiderShareOfASymmetricTwoWayBookIsItsOverround() {
    // Worked by hand: with π_1 = π_2 = π and p = 1/2, sqrt(z² + 4(1 − z) π² / 2π) = 1, so
    // z² − 2π z + 2π − 1 = 0, roots 1 and 2π − 1 = 2/1.91 − 1 = 0.047120.
    assertEquals(0.047120, ShinMargin.insiderShare(implied(1.91, 1.91)), 1e-6);
  }

  @Test
  void shinEqualsAdditiveForTwoOutcomes() {
    // Source: Python package "shin" README: "with two outcomes, Shin's method is equivalent to
    // the Additive Method".
    assertArrayEquals(
        MarginMethod.ADDITIVE.fairProbabilities(1.30, 3.60),
        MarginMethod.SHIN.fairProbabilities(1.30, 3.60),
        1e-10);
  }

  @ParameterizedTest
  @EnumSource(MarginMethod.class)
  void everyMethodGivesProbabilitiesSummingToOneInTheOrderOfThePrices(MarginMethod method) {
    double[] fair = method.fairProbabilities(1.40, 4.50, 9.00, 15.00);
    assertEquals(1.0, sum(fair), 1e-12);
    for (int i = 1; i < fair.length; i++) {
      assertTrue(fair[i - 1] > fair[i], () -> method + " broke the order");
    }
  }

  @ParameterizedTest
  @EnumSource(MarginMethod.class)
  void everyMethodReturnsAMarginFreeBookUnchanged(MarginMethod method) {
    // Worked by hand: 1/2 + 1/4 + 1/4 = 1.
    assertArrayEquals(
        new double[] {0.5, 0.25, 0.25}, method.fairProbabilities(2.0, 4.0, 4.0), 1e-10);
  }

  @ParameterizedTest
  @EnumSource(MarginMethod.class)
  void everyMethodStillGivesADistributionForABookSummingBelowOne(MarginMethod method) {
    // Worked by hand: 1/1.80 + 1/2.40 = 0.555556 + 0.416667 = 0.972222.
    double[] fair = method.fairProbabilities(1.80, 2.40);
    assertEquals(1.0, sum(fair), 1e-12);
    assertTrue(fair[0] > fair[1] && fair[1] > 0);
  }

  @ParameterizedTest
  @EnumSource(MarginMethod.class)
  void everyMethodCallsASingleOutcomeACertainty(MarginMethod method) {
    assertArrayEquals(new double[] {1}, method.fairProbabilities(1.05), 0);
  }

  @Test
  void acceptsBigDecimalPricesInTheirOrder() {
    // Worked by hand: 1/1.5 = 2/3 and 1/3 = 1/3 sum to 1, so nothing changes.
    assertArrayEquals(
        new double[] {2.0 / 3, 1.0 / 3},
        MarginMethod.MULTIPLICATIVE.fairProbabilities(
            List.of(new BigDecimal("1.5"), new BigDecimal("3"))),
        1e-12);
  }

  @Test
  void rejectsAnEmptyBookAndInvalidPrices() {
    assertThrows(IllegalArgumentException.class, () -> MarginMethod.SHIN.fairProbabilities());
    assertThrows(
        IllegalArgumentException.class, () -> MarginMethod.POWER.fairProbabilities(2.0, 1.0));
    assertThrows(
        IllegalArgumentException.class,
        () -> MarginMethod.ADDITIVE.fairProbabilities(2.0, Double.NaN));
  }

  private static double[] implied(double... prices) {
    return DecimalOdds.impliedProbabilities(prices);
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }
}
