package org.wealtharena.agents.portfolio;

import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;

/** The portfolio agent's cost gate weighs a rebalance's gain in mean-variance utility. */
final class MeanVarianceGain {

  private MeanVarianceGain() {}

  /**
   * What moving from the mix {@code held} to {@code aimed} gains in mean-variance utility over
   * {@code periodsHeld} return periods on {@code investable} micro-dollars, net of the optimiser's
   * optimism: weights optimised on T returns of N assets look about N/T of their variance less
   * risky in sample than they are, so that much of the gain is not there.
   *
   * @param periods T, the returns the estimates were made from
   */
  static double micros(
      double[] held,
      double[] aimed,
      double[] means,
      CovarianceMatrix covariance,
      double riskAversion,
      int periods,
      double investable,
      double periodsHeld) {
    double optimism =
        riskAversion
            / 2
            * covariance.portfolioVariance(aimed)
            * hiddenVariance(aimed.length, periods);
    return (utility(aimed, means, covariance, riskAversion)
            - utility(held, means, covariance, riskAversion)
            - optimism)
        * investable
        * periodsHeld;
  }

  /**
   * The share of its variance a mix optimised on {@code periods} returns of {@code assets} assets
   * hides in sample: about N/T.
   */
  static double hiddenVariance(int assets, int periods) {
    return assets / (double) periods;
  }

  private static double utility(
      double[] weights, double[] means, CovarianceMatrix covariance, double riskAversion) {
    double mean = 0;
    for (int i = 0; i < weights.length; i++) {
      mean += weights[i] * means[i];
    }
    return mean - riskAversion / 2 * covariance.portfolioVariance(weights);
  }
}
