package com.sportshub.odds.control.pricing;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * How a bookmaker's margin is taken out of one complete book (every outcome of one market at one
 * bookmaker) to leave fair probabilities that sum to 1, in the order of the prices given. Every
 * method returns a margin-free book unchanged, and a one-outcome book as certainty. Compared in
 * Štrumbelj, "On determining probability forecasts from betting odds", International Journal of
 * Forecasting 30 (2014) 934–943, and in the R package "implied" (J. C. Lindstrøm,
 * https://cran.r-project.org/package=implied).
 */
public enum MarginMethod {
  /** Divide each implied probability by their sum ("basic normalisation"); the default. */
  MULTIPLICATIVE {
    @Override
    double[] fromImplied(double[] implied) {
      double sum = 0;
      for (double p : implied) {
        sum += p;
      }
      double[] fair = new double[implied.length];
      for (int i = 0; i < fair.length; i++) {
        fair[i] = implied[i] / sum;
      }
      return fair;
    }
  },
  /**
   * Subtract an equal share of the margin from every outcome. A long shot whose implied probability
   * is smaller than its share is clamped to 0 and the others share what it could not carry: see
   * {@link AdditiveMargin}.
   */
  ADDITIVE {
    @Override
    double[] fromImplied(double[] implied) {
      return AdditiveMargin.remove(implied);
    }
  },
  /**
   * Raise each implied probability to the power k for which they sum to 1: see {@link PowerMargin}.
   */
  POWER {
    @Override
    double[] fromImplied(double[] implied) {
      return PowerMargin.remove(implied);
    }
  },
  /** Shin's model of a bookmaker facing a share z of insiders: see {@link ShinMargin}. */
  SHIN {
    @Override
    double[] fromImplied(double[] implied) {
      return ShinMargin.remove(implied);
    }
  };

  /** The method used when none is chosen. */
  public static final MarginMethod DEFAULT = MULTIPLICATIVE;

  /** Fair probabilities of a complete book given as decimal prices (each above 1). */
  public double[] fairProbabilities(double... decimalPrices) {
    double[] implied = DecimalOdds.impliedProbabilities(decimalPrices);
    return implied.length == 1 ? new double[] {1} : fromImplied(implied);
  }

  /** Fair probabilities of a complete book given as decimal prices, in iteration order. */
  public double[] fairProbabilities(Collection<BigDecimal> decimalPrices) {
    return fairProbabilities(DecimalOdds.toDoubles(decimalPrices));
  }

  /** Fair probabilities from implied ones; at least two outcomes, each in (0, 1). */
  abstract double[] fromImplied(double[] implied);

  /** Divides by the sum, absorbing a numerical solver's residual so the result sums to 1. */
  static double[] normalised(double[] probabilities) {
    return MULTIPLICATIVE.fromImplied(probabilities);
  }
}
