package org.wealtharena.training.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneralizedAdvantageEstimationTest {

  @Test
  void threeStepsMatchTheHandUnrolledRecursion() {
    double gamma = 0.9;
    double lambda = 0.8;
    double[] r = {1.0, -0.5, 2.0};
    double[] v = {0.3, 0.6, -0.2};
    double last = 0.7; // episode still running after step 2
    double d0 = r[0] + gamma * v[1] - v[0];
    double d1 = r[1] + gamma * v[2] - v[1];
    double d2 = r[2] + gamma * last - v[2];
    double a2 = d2;
    double a1 = d1 + gamma * lambda * d2;
    double a0 = d0 + gamma * lambda * d1 + Math.pow(gamma * lambda, 2) * d2;

    double[] advantages = new double[3];
    double[] returns = new double[3];
    GeneralizedAdvantageEstimation.compute(
        r, v, new boolean[3], 3, last, gamma, lambda, advantages, returns);

    assertThat(advantages).containsExactly(new double[] {a0, a1, a2}, within(1e-14));
    assertThat(returns)
        .containsExactly(new double[] {a0 + v[0], a1 + v[1], a2 + v[2]}, within(1e-14));
  }

  @Test
  void episodeEndStopsBootstrappingAndTheRecursion() {
    double[] r = {1.0, 2.0, 3.0};
    double[] v = {0.5, 0.25, 4.0};
    double[] advantages = new double[3];
    double[] returns = new double[3];
    GeneralizedAdvantageEstimation.compute(
        r, v, new boolean[] {false, true, false}, 3, 10.0, 0.5, 0.5, advantages, returns);
    double d1 = 2.0 - 0.25; // done: no value of step 2
    double d0 = 1.0 + 0.5 * 0.25 - 0.5;
    assertThat(advantages[1]).isCloseTo(d1, within(1e-14));
    assertThat(advantages[0]).isCloseTo(d0 + 0.25 * d1, within(1e-14));
    assertThat(advantages[2]).isCloseTo(3.0 + 0.5 * 10.0 - 4.0, within(1e-14));
  }

  @Test
  void lambdaOneGivesMonteCarloReturnsMinusValues() {
    SplittableRandom rng = new SplittableRandom(3);
    int n = 40;
    double gamma = 0.95;
    double[] r = new double[n];
    double[] v = new double[n];
    boolean[] done = new boolean[n];
    for (int t = 0; t < n; t++) {
      r[t] = rng.nextDouble(-1, 1);
      v[t] = rng.nextDouble(-1, 1);
      done[t] = rng.nextInt(6) == 0;
    }
    done[n - 1] = true;
    double[] advantages = new double[n];
    double[] returns = new double[n];
    GeneralizedAdvantageEstimation.compute(r, v, done, n, 123.0, gamma, 1.0, advantages, returns);

    for (int t = 0; t < n; t++) {
      double monteCarlo = 0;
      double discount = 1;
      for (int k = t; k < n; k++) {
        monteCarlo += discount * r[k];
        discount *= gamma;
        if (done[k]) {
          break;
        }
      }
      assertThat(returns[t]).as("return at %d", t).isCloseTo(monteCarlo, within(1e-12));
      assertThat(advantages[t])
          .as("advantage at %d", t)
          .isCloseTo(monteCarlo - v[t], within(1e-12));
    }
  }

  @Test
  void normalisationGivesZeroMeanAndUnitSpreadOverThePrefix() {
    double[] values = {1.0, 2.0, 3.0, 6.0, 99.0};
    GeneralizedAdvantageEstimation.normalize(values, 4);
    double mean = (values[0] + values[1] + values[2] + values[3]) / 4;
    double variance = 0;
    for (int i = 0; i < 4; i++) {
      variance += (values[i] - mean) * (values[i] - mean) / 4;
    }
    assertThat(mean).isCloseTo(0.0, within(1e-12));
    assertThat(variance).isCloseTo(1.0, within(1e-6));
    assertThat(values[4]).isEqualTo(99.0);
  }

  @Test
  void rejectsShortArraysAndBadDiscounts() {
    assertThatThrownBy(
            () ->
                GeneralizedAdvantageEstimation.compute(
                    new double[2],
                    new double[3],
                    new boolean[3],
                    3,
                    0,
                    0.9,
                    0.9,
                    new double[3],
                    new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rewards has 2 entries");
    assertThatThrownBy(
            () ->
                GeneralizedAdvantageEstimation.compute(
                    new double[1],
                    new double[1],
                    new boolean[1],
                    1,
                    0,
                    1.5,
                    0.9,
                    new double[1],
                    new double[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gamma");
  }
}
