package org.wealtharena.agents.portfolio.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShrunkMeansTest {
  private static final CovarianceMatrix COVARIANCE =
      CovarianceMatrix.of(new double[][] {{1e-4, 0, 0}, {0, 4e-4, 0}, {0, 0, 1e-4}});

  @Test
  void keepsThePartOfTheMeansTheirSamplingErrorCannotExplain() {
    // m = (0.01, 0.02, 0) over T = 2: T m'Σ⁻¹m = 2 (1 + 1 + 0) = 4; kept 1 - (3 - 2) / 4 = 0.75
    Returns returns = Returns.of(new double[][] {{0.01, 0.02, 0}, {0.01, 0.02, 0}});
    double[] shrunk = ShrunkMeans.jamesStein(returns, COVARIANCE);
    assertThat(shrunk[0]).isCloseTo(0.0075, within(1e-15));
    assertThat(shrunk[1]).isCloseTo(0.015, within(1e-15));
    assertThat(shrunk[2]).isZero();
  }

  @Test
  void meansWithinTheirNoiseShrinkToZero() {
    // T m'Σ⁻¹m = 2 (1e-6 / 1e-4) = 0.02, far below 1
    Returns returns = Returns.of(new double[][] {{0.002, 0, 0}, {0, 0, 0}});
    assertThat(ShrunkMeans.jamesStein(returns, COVARIANCE)).containsOnly(0.0);
  }

  @Test
  void solvesWithAFullCovariance() {
    CovarianceMatrix correlated = CovarianceMatrix.of(new double[][] {{2e-4, 1e-4}, {1e-4, 2e-4}});
    // m = (0.03, 0.03), Σ⁻¹m = (100, 100), m'Σ⁻¹m = 6, T = 1: kept 1 - 1 / 6
    Returns returns = Returns.of(new double[][] {{0.03, 0.03}});
    assertThat(ShrunkMeans.jamesStein(returns, correlated)[0])
        .isCloseTo(0.03 * 5 / 6, within(1e-12));
  }
}
