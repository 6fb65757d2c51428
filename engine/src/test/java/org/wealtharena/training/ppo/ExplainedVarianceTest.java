package org.wealtharena.training.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExplainedVarianceTest {

  private static final double[] RETURNS = {1.0, -2.0, 3.5, 0.5, 4.0};

  @Test
  void aPerfectPredictionExplainsEverything() {
    assertThat(ExplainedVariance.of(RETURNS.clone(), RETURNS, RETURNS.length)).isEqualTo(1.0);
  }

  @Test
  void predictingTheMeanExplainsNothing() {
    double mean = (1.0 - 2.0 + 3.5 + 0.5 + 4.0) / 5;
    double[] constant = {mean, mean, mean, mean, mean};
    assertThat(ExplainedVariance.of(constant, RETURNS, 5)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void aPredictionWorseThanTheMeanIsNegative() {
    // predicting the opposite: errors 2r, whose variance is 4 Var(r): 1 - 4 = -3
    double[] opposite = new double[5];
    for (int i = 0; i < 5; i++) {
      opposite[i] = -RETURNS[i];
    }
    assertThat(ExplainedVariance.of(opposite, RETURNS, 5)).isCloseTo(-3.0, within(1e-12));
  }

  @Test
  void aPartlyRightPredictionIsBetweenZeroAndOne() {
    // half of each deviation from the mean predicted: errors r/2 (plus a constant), 1 - 1/4
    double mean = 1.4;
    double[] half = new double[5];
    for (int i = 0; i < 5; i++) {
      half[i] = mean + 0.5 * (RETURNS[i] - mean) + 10.0; // a bias does not count
    }
    assertThat(ExplainedVariance.of(half, RETURNS, 5)).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void constantReturnsHaveNoExplainedVariance() {
    assertThat(ExplainedVariance.of(new double[] {1, 2, 3}, new double[] {5, 5, 5}, 3)).isNaN();
    assertThat(ExplainedVariance.of(new double[] {1}, new double[] {5}, 1)).isNaN();
  }

  @Test
  void onlyTheFirstLengthEntriesCount() {
    double[] predictions = {1.0, -2.0, 3.5, 99.0};
    double[] returns = {1.0, -2.0, 3.5, -99.0};
    assertThat(ExplainedVariance.of(predictions, returns, 3)).isEqualTo(1.0);
    assertThatThrownBy(() -> ExplainedVariance.of(predictions, new double[2], 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
