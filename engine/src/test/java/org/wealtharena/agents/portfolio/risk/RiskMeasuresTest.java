package org.wealtharena.agents.portfolio.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RiskMeasuresTest {

  /** -0.50, -0.49, ..., +0.50 in scrambled order. */
  private static double[] hundredAndOneReturns() {
    double[] returns = new double[101];
    for (int k = 0; k <= 100; k++) {
      returns[(k * 37) % 101] = k / 100.0 - 0.5;
    }
    return returns;
  }

  @Test
  void varAndCvarAtAnExactOrderStatistic() {
    // h = (101 - 1) · 0.05 = 5: q = r_(5) = -0.45; tail r_(0..5) = -0.50 .. -0.45, mean -0.475
    assertThat(RiskMeasures.valueAtRisk(hundredAndOneReturns(), 0.95))
        .isCloseTo(0.45, within(1e-12));
    assertThat(RiskMeasures.conditionalValueAtRisk(hundredAndOneReturns(), 0.95))
        .isCloseTo(0.475, within(1e-12));
    // h = 1 at 99%: q = -0.49; tail -0.50, -0.49
    assertThat(RiskMeasures.valueAtRisk(hundredAndOneReturns(), 0.99))
        .isCloseTo(0.49, within(1e-12));
    assertThat(RiskMeasures.conditionalValueAtRisk(hundredAndOneReturns(), 0.99))
        .isCloseTo(0.495, within(1e-12));
  }

  @Test
  void varInterpolatesBetweenOrderStatistics() {
    double[] returns = new double[20]; // -0.05, -0.04, ..., 0.14 reversed
    for (int k = 0; k < 20; k++) {
      returns[19 - k] = -0.05 + 0.01 * k;
    }
    // h = 19 · 0.05 = 0.95: q = -0.05 + 0.95 · 0.01 = -0.0405; only -0.05 lies at or below it
    assertThat(RiskMeasures.valueAtRisk(returns, 0.95)).isCloseTo(0.0405, within(1e-12));
    assertThat(RiskMeasures.conditionalValueAtRisk(returns, 0.95)).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void varIsNegativeWhenEvenTheTailIsAGain() {
    // h = 2 · 0.05 = 0.1: q = 0.01 + 0.1 · 0.01
    assertThat(RiskMeasures.valueAtRisk(new double[] {0.03, 0.01, 0.02}, 0.95))
        .isCloseTo(-0.011, within(1e-12));
  }

  @Test
  void volatilityIsTheSampleStandardDeviation() {
    // mean 2.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, divisor 3
    assertThat(RiskMeasures.volatility(new double[] {1, 2, 3, 4}))
        .isCloseTo(Math.sqrt(5.0 / 3), within(1e-15));
  }

  @Test
  void maxDrawdownIsTheLargestFallFromARunningPeak() {
    // 120 -> 60 is -50%; the later 130 -> 117 is only -10%
    assertThat(RiskMeasures.maxDrawdown(new double[] {100, 120, 90, 110, 60, 130, 117}))
        .isCloseTo(0.5, within(1e-15));
    assertThat(RiskMeasures.maxDrawdown(new double[] {100, 101, 105})).isZero();
    assertThat(RiskMeasures.maxDrawdown(new double[] {100, 50, 0})).isEqualTo(1.0);
  }

  @Property(tries = 200)
  void cvarIsAtLeastVarAndDrawdownStaysInUnitInterval(
      @ForAll @IntRange(min = 2, max = 500) int length, @ForAll long seed) {
    Random random = new Random(seed);
    double[] returns = new double[length];
    double[] equity = new double[length];
    double value = 1;
    for (int t = 0; t < length; t++) {
      returns[t] = 0.02 * random.nextGaussian();
      value *= 1 + returns[t];
      equity[t] = value;
    }

    assertThat(RiskMeasures.conditionalValueAtRisk(returns, 0.95))
        .isGreaterThanOrEqualTo(RiskMeasures.valueAtRisk(returns, 0.95));
    assertThat(RiskMeasures.maxDrawdown(equity)).isBetween(0.0, 1.0);
  }

  @Test
  void rejectsBadInputs() {
    assertThatThrownBy(() -> RiskMeasures.valueAtRisk(new double[0], 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> RiskMeasures.valueAtRisk(new double[] {0.1, Double.NaN}, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value at 1 is NaN");
    assertThatThrownBy(() -> RiskMeasures.conditionalValueAtRisk(new double[] {0.1}, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence");
    assertThatThrownBy(() -> RiskMeasures.volatility(new double[] {0.1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2");
    assertThatThrownBy(() -> RiskMeasures.maxDrawdown(new double[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start positive");
    assertThatThrownBy(() -> RiskMeasures.maxDrawdown(new double[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }
}
