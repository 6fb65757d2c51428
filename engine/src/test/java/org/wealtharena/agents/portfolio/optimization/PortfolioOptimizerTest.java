package org.wealtharena.agents.portfolio.optimization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;

class PortfolioOptimizerTest {

  private static final double TOLERANCE = 1e-7;
  private static final PortfolioOptimizer UNCAPPED = new PortfolioOptimizer(1.0, 0.0, 252);

  @Test
  void labelsAreTheMetricsLabelValues() {
    assertThat(Arrays.stream(OptimizationType.values()).map(OptimizationType::label))
        .containsExactly("sharpe_maximization", "min_variance", "risk_parity");
  }

  @Test
  void minVarianceOnDiagonalCovarianceIsProportionalToInverseVariance() {
    double[] variances = {0.0004, 0.0009, 0.0016, 0.0025};

    double[] weights =
        UNCAPPED
            .optimise(OptimizationType.MIN_VARIANCE, new double[4], diagonal(variances))
            .weights();

    double totalPrecision = 0;
    for (double v : variances) {
      totalPrecision += 1 / v;
    }
    for (int i = 0; i < variances.length; i++) {
      assertThat(weights[i]).isCloseTo(1 / variances[i] / totalPrecision, within(TOLERANCE));
    }
  }

  @Test
  void minVarianceOfTwoAssetsMatchesTheClosedForm() {
    double a = 0.04;
    double b = 0.09;
    double c = 0.006;
    CovarianceMatrix covariance = CovarianceMatrix.of(new double[][] {{a, c}, {c, b}});

    double[] weights =
        UNCAPPED.optimise(OptimizationType.MIN_VARIANCE, new double[2], covariance).weights();

    // d/dw [w²a + 2w(1-w)c + (1-w)²b] = 0  =>  w = (b - c) / (a + b - 2c)
    assertThat(weights[0]).isCloseTo((b - c) / (a + b - 2 * c), within(TOLERANCE));
    assertThat(weights[1]).isCloseTo(1 - (b - c) / (a + b - 2 * c), within(TOLERANCE));
  }

  @Test
  void bindingCapHoldsTheAssetAtTheCapAndSpreadsTheRestByInverseVariance() {
    // unconstrained: 100/175 = 0.57 in asset 0; capped at 0.4, the rest share 0.6 equally
    CovarianceMatrix covariance = diagonal(new double[] {0.01, 0.04, 0.04, 0.04});

    double[] weights =
        new PortfolioOptimizer(0.4, 0, 252)
            .optimise(OptimizationType.MIN_VARIANCE, new double[4], covariance)
            .weights();

    assertThat(weights[0]).isCloseTo(0.4, within(TOLERANCE));
    for (int i = 1; i < 4; i++) {
      assertThat(weights[i]).isCloseTo(0.2, within(TOLERANCE));
    }
  }

  @Test
  void maxSharpeOnDiagonalCovarianceIsProportionalToExcessReturnOverVariance() {
    double[] variances = {0.0004, 0.0009, 0.0016};
    double[] expected = {0.0010, 0.0012, 0.0008};
    double riskFree = 0.0002;

    OptimizationResult result =
        new PortfolioOptimizer(1.0, riskFree, 252)
            .optimise(OptimizationType.SHARPE_MAXIMIZATION, expected, diagonal(variances));

    // unconstrained tangency portfolio Σ⁻¹(μ - rf), all positive here so long-only does not bind
    double[] tangency = new double[3];
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      tangency[i] = (expected[i] - riskFree) / variances[i];
      sum += tangency[i];
    }
    for (int i = 0; i < 3; i++) {
      assertThat(result.weights()[i]).isCloseTo(tangency[i] / sum, within(TOLERANCE));
    }
    assertThat(result.usedType()).isEqualTo(OptimizationType.SHARPE_MAXIMIZATION);
    assertThat(result.fellBack()).isFalse();
  }

  @Test
  void maxSharpeFallsBackToMinVarianceWhenNothingBeatsTheRiskFreeRate() {
    CovarianceMatrix covariance =
        CovarianceMatrix.of(new double[][] {{0.04, 0.01, 0}, {0.01, 0.09, 0}, {0, 0, 0.02}});
    PortfolioOptimizer optimizer = new PortfolioOptimizer(0.5, 0.001, 252);
    double[] expected = {0.0005, 0.001, -0.002};

    OptimizationResult sharpe =
        optimizer.optimise(OptimizationType.SHARPE_MAXIMIZATION, expected, covariance);
    OptimizationResult minVariance =
        optimizer.optimise(OptimizationType.MIN_VARIANCE, expected, covariance);

    assertThat(sharpe.requestedType()).isEqualTo(OptimizationType.SHARPE_MAXIMIZATION);
    assertThat(sharpe.usedType()).isEqualTo(OptimizationType.MIN_VARIANCE);
    assertThat(sharpe.fellBack()).isTrue();
    assertThat(sharpe.weights()).containsExactly(minVariance.weights(), within(1e-12));
  }

  @Test
  void maxSharpeFallsBackWhenEveryAssetEarnsExactlyTheRiskFreeRate() {
    OptimizationResult result =
        new PortfolioOptimizer(1.0, 0.0003, 252)
            .optimise(
                OptimizationType.SHARPE_MAXIMIZATION,
                new double[] {0.0003, 0.0003},
                diagonal(new double[] {0.01, 0.02}));

    assertThat(result.usedType()).isEqualTo(OptimizationType.MIN_VARIANCE);
    assertThat(result.sharpeRatio()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void maxSharpeFallsBackWhenTheOnlyProfitableAssetIsCappedTooLowToWin() {
    PortfolioOptimizer optimizer = new PortfolioOptimizer(0.4, 0, 252);
    CovarianceMatrix covariance = diagonal(new double[] {0.01, 0.01, 0.01});

    // best feasible excess: 0.4 · 0.001 + 0.4 · (-0.001) + 0.2 · (-0.001) = -0.0002
    OptimizationResult losing =
        optimizer.optimise(
            OptimizationType.SHARPE_MAXIMIZATION, new double[] {0.001, -0.001, -0.001}, covariance);
    // best feasible excess: 0.4 · 0.001 + 0.4 · (-0.0005) + 0.2 · (-0.0005) = +0.0001
    OptimizationResult winning =
        optimizer.optimise(
            OptimizationType.SHARPE_MAXIMIZATION,
            new double[] {0.001, -0.0005, -0.0005},
            covariance);

    assertThat(losing.usedType()).isEqualTo(OptimizationType.MIN_VARIANCE);
    assertThat(winning.usedType()).isEqualTo(OptimizationType.SHARPE_MAXIMIZATION);
  }

  @Test
  void resultFiguresAreAnnualisedFromTheWeights() {
    double[][] entries = {{0.0004, 0.0001}, {0.0001, 0.0009}};
    double[] expected = {0.0008, 0.0005};
    double riskFree = 0.0001;
    int periods = 52;

    OptimizationResult result =
        new PortfolioOptimizer(1.0, riskFree, periods)
            .optimise(OptimizationType.MIN_VARIANCE, expected, CovarianceMatrix.of(entries));

    double[] w = result.weights();
    double periodReturn = w[0] * expected[0] + w[1] * expected[1];
    double periodVariance =
        w[0] * w[0] * entries[0][0] + 2 * w[0] * w[1] * entries[0][1] + w[1] * w[1] * entries[1][1];
    assertThat(result.annualisedReturn()).isCloseTo(periodReturn * periods, within(1e-12));
    assertThat(result.annualisedVolatility())
        .isCloseTo(Math.sqrt(periodVariance * periods), within(1e-12));
    assertThat(result.sharpeRatio())
        .isCloseTo(
            (periodReturn - riskFree) / Math.sqrt(periodVariance) * Math.sqrt(periods),
            within(1e-9));
    assertThat(result.diversification()).isCloseTo(1 - w[0] * w[0] - w[1] * w[1], within(1e-15));
  }

  @Test
  void capThatCannotHoldAFullyInvestedPortfolioIsRejected() {
    PortfolioOptimizer optimizer = new PortfolioOptimizer(0.2, 0, 252);
    CovarianceMatrix fourAssets = diagonal(new double[] {0.01, 0.02, 0.03, 0.04});

    for (OptimizationType type :
        new OptimizationType[] {
          OptimizationType.MIN_VARIANCE, OptimizationType.SHARPE_MAXIMIZATION
        }) {
      assertThatThrownBy(
              () -> optimizer.optimise(type, new double[] {0.01, 0.01, 0.01, 0.01}, fourAssets))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("max weight 0.2 cannot make 4 assets fully invested");
    }
  }

  @Test
  void capOfExactlyOneOverNForcesEqualWeights() {
    double third = 1.0 / 3;

    double[] weights =
        new PortfolioOptimizer(third, 0, 252)
            .optimise(
                OptimizationType.MIN_VARIANCE,
                new double[3],
                diagonal(new double[] {0.01, 0.02, 0.03}))
            .weights();

    assertThat(weights).containsExactly(new double[] {third, third, third}, within(TOLERANCE));
  }

  @Test
  void rejectsBadSettingsAndInputs() {
    assertThatThrownBy(() -> new PortfolioOptimizer(0, 0, 252))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max weight");
    assertThatThrownBy(() -> new PortfolioOptimizer(1.5, 0, 252))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max weight");
    assertThatThrownBy(() -> new PortfolioOptimizer(1, Double.NaN, 252))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("risk-free rate");
    assertThatThrownBy(() -> new PortfolioOptimizer(1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("periods per year");
    CovarianceMatrix covariance = diagonal(new double[] {0.01, 0.02});
    assertThatThrownBy(
            () -> UNCAPPED.optimise(OptimizationType.MIN_VARIANCE, new double[3], covariance))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected returns have 3 entries");
    assertThatThrownBy(
            () ->
                UNCAPPED.optimise(
                    OptimizationType.RISK_PARITY, new double[] {0, Double.NaN}, covariance))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected return of asset 1 is NaN");
  }

  static CovarianceMatrix diagonal(double[] variances) {
    double[][] entries = new double[variances.length][variances.length];
    for (int i = 0; i < variances.length; i++) {
      entries[i][i] = variances[i];
    }
    return CovarianceMatrix.of(entries);
  }
}
