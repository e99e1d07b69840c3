package com.sportshub.odds.control.pricing;

/**
 * The power method: fair p_i = π_i^k with k chosen so that Σ π_i^k = 1 (k > 1 for a book with a
 * margin). Because every π_i is below 1 the sum falls as k grows, so bisection on k finds the one
 * root; k is solved to 1e-12 and the result divided by its sum to absorb the residual. Described as
 * the "logarithmic" method by Buchdahl (Wisdom of the Crowd) and as the power method in Clarke,
 * Kovalchik and Ingram, "Adjusting bookmaker's odds to allow for overround", American Journal of
 * Sports Science 5(6) (2017) 45–49. It takes more of the margin from long shots.
 */
final class PowerMargin {

  static final double TOLERANCE = 1e-12;

  private PowerMargin() {}

  static double[] remove(double[] implied) {
    double k = exponent(implied);
    double[] fair = new double[implied.length];
    for (int i = 0; i < fair.length; i++) {
      fair[i] = Math.pow(implied[i], k);
    }
    return MarginMethod.normalised(fair);
  }

  /** The k for which the implied probabilities raised to k sum to 1; needs two or more outcomes. */
  static double exponent(double[] implied) {
    double lo;
    double hi;
    if (excess(implied, 1) >= 0) {
      lo = 1;
      hi = 2;
      while (excess(implied, hi) > 0) {
        lo = hi;
        hi *= 2;
      }
    } else {
      // A book summing below 1: k lies in (0, 1), where the sum at 0 is n ≥ 2.
      lo = 0;
      hi = 1;
    }
    while (hi - lo > TOLERANCE) {
      double mid = (lo + hi) / 2;
      if (mid == lo || mid == hi) {
        break;
      }
      if (excess(implied, mid) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  private static double excess(double[] implied, double k) {
    double sum = 0;
    for (double p : implied) {
      sum += Math.pow(p, k);
    }
    return sum - 1;
  }
}
