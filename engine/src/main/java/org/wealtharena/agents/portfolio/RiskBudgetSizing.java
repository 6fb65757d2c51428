package org.wealtharena.agents.portfolio;

import org.wealtharena.agents.Budget;
import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;

/**
 * How much the portfolio agent invests: its capital (times aggressiveness), but no more than keeps
 * the standard deviation of one session's PnL at {@code sessionRiskShare} of its risk budget, the
 * loss at which the risk manager halts it, by its own covariance estimate. A mix whose per-period
 * return variance is v has a session PnL sd of sqrt(n·v) per dollar over the n periods of a
 * session; v is taken out of sample, with the variance an optimised mix hides in sample added back
 * ({@link MeanVarianceGain#hiddenVariance}), so the first, rough estimates do not over-invest.
 */
final class RiskBudgetSizing {

  private RiskBudgetSizing() {}

  /**
   * @param weights the mix to be held
   * @param periods T, the returns the covariance was estimated from
   * @param periodsPerSession return periods in one session
   */
  static double investableMicros(
      Budget budget,
      double sessionRiskShare,
      double[] weights,
      CovarianceMatrix covariance,
      int periods,
      double periodsPerSession) {
    double capital = budget.capitalMicros() * budget.aggressiveness();
    double variance =
        covariance.portfolioVariance(weights)
            * (1 + MeanVarianceGain.hiddenVariance(weights.length, periods));
    double sessionSdPerDollar = Math.sqrt(variance * periodsPerSession);
    return Math.min(capital, sessionRiskShare * budget.riskBudgetMicros() / sessionSdPerDollar);
  }
}
