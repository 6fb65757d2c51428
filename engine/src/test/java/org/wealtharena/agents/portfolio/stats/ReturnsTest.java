package org.wealtharena.agents.portfolio.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReturnsTest {

  private static final double[][] PRICES = {{100, 50}, {110, 50}, {99, 55}};

  @Test
  void simpleReturnsAreRelativePriceChanges() {
    Returns returns = Returns.fromPrices(PRICES, ReturnType.SIMPLE);

    assertThat(returns.periods()).isEqualTo(2);
    assertThat(returns.assets()).isEqualTo(2);
    assertThat(returns.get(0, 0)).isCloseTo(0.10, within(1e-15));
    assertThat(returns.get(1, 0)).isCloseTo(-0.10, within(1e-15));
    assertThat(returns.get(0, 1)).isEqualTo(0.0);
    assertThat(returns.get(1, 1)).isCloseTo(0.10, within(1e-15));
  }

  @Test
  void logReturnsSumToTheLogOfTheWholeMove() {
    Returns returns = Returns.fromPrices(PRICES, ReturnType.LOG);

    assertThat(returns.get(0, 0) + returns.get(1, 0))
        .isCloseTo(Math.log(99.0 / 100.0), within(1e-15));
    assertThat(returns.get(0, 1) + returns.get(1, 1))
        .isCloseTo(Math.log(55.0 / 50.0), within(1e-15));
  }

  @Test
  void meanAndUnbiasedCovarianceMatchHandComputation() {
    // asset 0: 1, 2, 6 -> mean 3, deviations -2, -1, 3; asset 1: 0, 4, 2 -> mean 2, deviations -2,
    // 2, 0
    Returns returns = Returns.of(new double[][] {{1, 0}, {2, 4}, {6, 2}});

    assertThat(returns.mean()).containsExactly(3.0, 2.0);
    double[][] covariance = returns.sampleCovariance();
    assertThat(covariance[0][0]).isCloseTo((4 + 1 + 9) / 2.0, within(1e-14));
    assertThat(covariance[1][1]).isCloseTo((4 + 4 + 0) / 2.0, within(1e-14));
    assertThat(covariance[0][1]).isCloseTo((4 - 2 + 0) / 2.0, within(1e-14));
    assertThat(covariance[1][0]).isEqualTo(covariance[0][1]);
  }

  @Test
  void portfolioReturnIsTheWeightedSumOfAssetReturns() {
    Returns returns = Returns.of(new double[][] {{0.01, -0.02}, {0.03, 0.01}});

    assertThat(returns.portfolioReturns(new double[] {0.25, 0.75}))
        .containsExactly(0.25 * 0.01 - 0.75 * 0.02, 0.25 * 0.03 + 0.75 * 0.01);
  }

  @Test
  void rejectsBadWindowsNamingTheProblem() {
    assertThatThrownBy(() -> Returns.fromPrices(new double[][] {{1, 2}}, ReturnType.LOG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 rows");
    assertThatThrownBy(
            () -> Returns.fromPrices(new double[][] {{1, 2}, {1, Double.NaN}}, ReturnType.LOG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1, asset 1 is NaN");
    assertThatThrownBy(() -> Returns.fromPrices(new double[][] {{1, 2}, {1}}, ReturnType.SIMPLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 has 1 entries, expected 2");
    assertThatThrownBy(() -> Returns.fromPrices(new double[][] {{1, 2}, {0, 2}}, ReturnType.SIMPLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> Returns.of(new double[0][]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 rows");
    assertThatThrownBy(() -> Returns.of(new double[][] {{}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no assets");
    assertThatThrownBy(() -> Returns.of(new double[][] {{0.1}}).sampleCovariance())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 periods");
  }
}
