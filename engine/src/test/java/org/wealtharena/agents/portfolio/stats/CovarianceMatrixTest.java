package org.wealtharena.agents.portfolio.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CovarianceMatrixTest {

  @Test
  void acceptsAPositiveDefiniteMatrixAndComputesPortfolioVariance() {
    CovarianceMatrix covariance = CovarianceMatrix.of(new double[][] {{4, 1}, {1, 9}});

    // 0.5² · 4 + 2 · 0.5 · 0.5 · 1 + 0.5² · 9
    assertThat(covariance.portfolioVariance(new double[] {0.5, 0.5})).isEqualTo(1 + 0.5 + 2.25);
    assertThat(covariance.averageVariance()).isEqualTo(6.5);
  }

  @Test
  void rejectsMatricesAnOptimiserCannotUse() {
    assertThatThrownBy(() -> CovarianceMatrix.of(new double[0][]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> CovarianceMatrix.of(new double[][] {{1, 0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not square");
    assertThatThrownBy(() -> CovarianceMatrix.of(new double[][] {{1, 0.5}, {0.4, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not symmetric");
    assertThatThrownBy(() -> CovarianceMatrix.of(new double[][] {{1, Double.NaN}, {Double.NaN, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(0,1) is NaN");
    // perfectly correlated: singular
    assertThatThrownBy(() -> CovarianceMatrix.of(new double[][] {{1, 2}, {2, 4}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not positive definite");
    // indefinite
    assertThatThrownBy(() -> CovarianceMatrix.of(new double[][] {{1, 3}, {3, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not positive definite");
  }

  @Test
  void isACopyOfItsInput() {
    double[][] entries = {{2, 0}, {0, 3}};
    CovarianceMatrix covariance = CovarianceMatrix.of(entries);
    entries[0][0] = 100;

    assertThat(covariance.get(0, 0)).isEqualTo(2);
  }
}
