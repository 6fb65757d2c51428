package org.wealtharena.agents.portfolio.optimization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;

class RiskParityTest {

  @Test
  void onDiagonalCovarianceWeightsAreInverseVolatilityNormalised() {
    double[] volatilities = {0.01, 0.02, 0.04, 0.05};
    double[] variances = new double[4];
    double totalInverse = 0;
    for (int i = 0; i < 4; i++) {
      variances[i] = volatilities[i] * volatilities[i];
      totalInverse += 1 / volatilities[i];
    }

    double[] weights = RiskParity.weights(PortfolioOptimizerTest.diagonal(variances));

    for (int i = 0; i < 4; i++) {
      assertThat(weights[i]).isCloseTo(1 / volatilities[i] / totalInverse, within(1e-12));
    }
  }

  @Test
  void twoCorrelatedAssetsOfEqualVolatilityAreHeldEqually() {
    CovarianceMatrix covariance = CovarianceMatrix.of(new double[][] {{0.04, 0.03}, {0.03, 0.04}});

    assertThat(RiskParity.weights(covariance))
        .containsExactly(new double[] {0.5, 0.5}, within(1e-10));
  }

  @Test
  void riskContributionsAreSharesOfVariance() {
    CovarianceMatrix covariance = CovarianceMatrix.of(new double[][] {{0.04, 0.01}, {0.01, 0.09}});
    double[] w = {0.25, 0.75};
    double variance = 0.25 * 0.25 * 0.04 + 2 * 0.25 * 0.75 * 0.01 + 0.75 * 0.75 * 0.09;

    double[] contributions = RiskParity.riskContributions(covariance, w);

    assertThat(contributions[0])
        .isCloseTo(0.25 * (0.25 * 0.04 + 0.75 * 0.01) / variance, within(1e-15));
    assertThat(contributions[1])
        .isCloseTo(0.75 * (0.25 * 0.01 + 0.75 * 0.09) / variance, within(1e-15));
  }

  @Property(tries = 200)
  void riskContributionsAreEqualOnRandomPositiveDefiniteMatrices(
      @ForAll @IntRange(min = 2, max = 25) int assets, @ForAll long seed) {
    CovarianceMatrix covariance = RandomPortfolios.covariance(new Random(seed), assets);

    double[] w = RiskParity.weights(covariance);

    double sum = 0;
    for (double wi : w) {
      assertThat(wi).isPositive();
      sum += wi;
    }
    assertThat(sum).isCloseTo(1.0, within(1e-12));
    // w_i (Σw)_i themselves, not the normalised shares, so nothing is assumed about their total
    double[] marginal = new double[assets];
    for (int i = 0; i < assets; i++) {
      for (int j = 0; j < assets; j++) {
        marginal[i] += covariance.get(i, j) * w[j];
      }
    }
    double first = w[0] * marginal[0];
    for (int i = 1; i < assets; i++) {
      assertThat(w[i] * marginal[i]).isCloseTo(first, within(1e-8 * first));
    }
  }
}
