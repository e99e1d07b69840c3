package com.sportshub.odds.control.pricing;

/**
 * Shin's method. H. S. Shin ("Prices of state contingent claims with insider traders, and the
 * favourite-longshot bias", Economic Journal 102 (1992) 426–435; "Measuring the incidence of
 * insider trading in a market for state-contingent claims", Economic Journal 103 (1993) 1141–1153)
 * has a bookmaker facing a share z of insiders; with Σπ the sum of the implied probabilities π_i,
 * the fair probabilities are, as written by Jullien and Salanié (1994) and Štrumbelj (2014):
 *
 * <pre>p_i = (sqrt(z² + 4 (1 − z) π_i² / Σπ) − z) / (2 (1 − z))</pre>
 *
 * and z is the value for which they sum to 1. Σp falls from sqrt(Σπ) at z = 0 to below 1 as z nears
 * 1, so for a book with a margin z lies in [0, 1) and is found by bisection to 1e-12 (the
 * fixed-point iteration of Štrumbelj needs n > 2; bisection works for two outcomes too). A book
 * summing below 1 has no insider reading; the same formula is continued to z in [−1, 0), where Σp
 * exceeds 1 at z = −1 for two or more outcomes, so the result is still a distribution. The result
 * is divided by its sum to absorb the solver's residual. With two outcomes it equals the additive
 * method.
 */
final class ShinMargin {

  static final double TOLERANCE = 1e-12;

  private ShinMargin() {}

  static double[] remove(double[] implied) {
    return MarginMethod.normalised(probabilities(implied, insiderShare(implied)));
  }

  /** Shin's z for a book of two or more outcomes. */
  static double insiderShare(double[] implied) {
    boolean hasMargin = sum(implied) >= 1;
    double lo = hasMargin ? 0 : -1;
    double hi = hasMargin ? 1 : 0;
    while (hi - lo > TOLERANCE) {
      double mid = (lo + hi) / 2;
      if (sum(probabilities(implied, mid)) > 1) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  private static double[] probabilities(double[] implied, double z) {
    double booksum = sum(implied);
    double[] p = new double[implied.length];
    for (int i = 0; i < p.length; i++) {
      double root = Math.sqrt(z * z + 4 * (1 - z) * implied[i] * implied[i] / booksum);
      p[i] = (root - z) / (2 * (1 - z));
    }
    return p;
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }
}
