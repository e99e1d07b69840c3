package com.sportshub.odds.control.pricing;

import java.util.Arrays;

/**
 * The additive method: fair p_i = π_i − (Σπ − 1) / n, an equal share of the margin off each implied
 * probability π_i. A long shot with π_i below its share would go negative; instead it is set to 0
 * and the margin is shared equally by the remaining outcomes, repeatedly. That is exactly the
 * Euclidean projection of the implied probabilities onto the probability simplex, computed as in
 * Wang and Carreira-Perpiñán, "Projection onto the probability simplex" (arXiv:1309.1541), and it
 * is the plain additive method whenever no outcome would go negative.
 */
final class AdditiveMargin {

  private AdditiveMargin() {}

  static double[] remove(double[] implied) {
    double share = marginShare(implied);
    double[] fair = new double[implied.length];
    for (int i = 0; i < fair.length; i++) {
      fair[i] = Math.max(implied[i] - share, 0);
    }
    return fair;
  }

  // The largest ρ for which the ρ biggest outcomes can each give up (their sum − 1)/ρ and stay
  // positive fixes the share taken from each outcome that keeps a probability.
  private static double marginShare(double[] implied) {
    double[] descending = implied.clone();
    Arrays.sort(descending);
    double runningSum = 0;
    double share = 0;
    for (int rho = 1; rho <= descending.length; rho++) {
      double value = descending[descending.length - rho];
      runningSum += value;
      double candidate = (runningSum - 1) / rho;
      if (value - candidate > 0) {
        share = candidate;
      }
    }
    return share;
  }
}
