package org.wealtharena.agents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;

/**
 * Two uncorrelated assets, each with a per-period return variance of 1e-6, held half and half: the
 * mix's variance is 0.5e-6 a period, 0.6e-6 with the N/T = 2/10 it hides in sample, so over a
 * 390-period session its PnL sd is sqrt(390 · 0.6e-6) = 1.5297 % of what is invested. A third of a
 * $10,000 risk budget is then $3,333.33 / 0.015297 = $217,906 invested, of a $1M capital.
 */
class RiskBudgetSizingTest {
  private static final CovarianceMatrix COVARIANCE =
      CovarianceMatrix.of(new double[][] {{1e-6, 0}, {0, 1e-6}});
  private static final double[] HALF_AND_HALF = {0.5, 0.5};

  @Test
  void aSessionsPnlSdIsTheTargetShareOfTheRiskBudget() {
    double invested =
        RiskBudgetSizing.investableMicros(
            Budget.ofDollars(1_000_000, 10_000), 1.0 / 3, HALF_AND_HALF, COVARIANCE, 10, 390);
    assertThat(invested / 1e6).isCloseTo(217_906, within(1.0));
    double sessionSd = invested * Math.sqrt(390 * 0.6e-6);
    assertThat(sessionSd).isCloseTo(10_000e6 / 3, within(1.0));
  }

  @Test
  void neverMoreThanTheCapitalTimesAggressiveness() {
    Budget budget = new Budget(100_000_000_000L, 10_000_000_000L, 0.5);
    assertThat(
            RiskBudgetSizing.investableMicros(budget, 1.0 / 3, HALF_AND_HALF, COVARIANCE, 10, 390))
        .isEqualTo(50_000_000_000.0);
  }
}
