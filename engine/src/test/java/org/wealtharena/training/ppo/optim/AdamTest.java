package org.wealtharena.training.ppo.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdamTest {

  private static final double[] TARGET = {1.5, -2.0, 0.25};
  private static final double[] CURVATURE = {1.0, 10.0, 0.1};

  /** Gradient of 0.5 * sum c_i (x_i - t_i)^2. */
  private static double[] quadraticGradient(double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      g[i] = CURVATURE[i] * (x[i] - TARGET[i]);
    }
    return g;
  }

  @Test
  void firstStepMatchesHandComputation() {
    AdamConfig config = new AdamConfig(0.1, 0.9, 0.999, 1e-8, Double.POSITIVE_INFINITY);
    Adam adam = new Adam(2, config);
    double[] params = {1.0, -1.0};
    adam.step(params, new double[] {0.5, -2.0});
    // m1 = 0.1 g, v1 = 0.001 g^2; bias-corrected m^ = g, v^ = g^2; step = lr * g / (|g| + eps)
    assertThat(params[0]).isEqualTo(1.0 - 0.1 * 0.5 / (0.5 + 1e-8), within(1e-15));
    assertThat(params[1]).isEqualTo(-1.0 + 0.1 * 2.0 / (2.0 + 1e-8), within(1e-15));
    AdamState state = adam.state();
    assertThat(state.step()).isEqualTo(1);
    assertThat(state.firstMoment()).containsExactly(new double[] {0.05, -0.2}, within(1e-15));
    assertThat(state.secondMoment()).containsExactly(new double[] {0.00025, 0.004}, within(1e-15));
  }

  @Test
  void aLearningRateScaleShortensTheStepAndLeavesTheMomentsAlone() {
    AdamConfig config = new AdamConfig(0.1, 0.9, 0.999, 1e-8, Double.POSITIVE_INFINITY);
    Adam full = new Adam(2, config);
    Adam half = new Adam(2, config);
    double[] fullParams = {1.0, -1.0};
    double[] halfParams = {1.0, -1.0};
    full.step(fullParams, new double[] {0.5, -2.0});
    half.step(halfParams, new double[] {0.5, -2.0}, 0.5);

    assertThat(halfParams[0]).isEqualTo(1.0 - 0.05 * 0.5 / (0.5 + 1e-8), within(1e-15));
    assertThat(halfParams[1]).isEqualTo(-1.0 + 0.05 * 2.0 / (2.0 + 1e-8), within(1e-15));
    assertThat(half.state().firstMoment()).containsExactly(full.state().firstMoment());
    assertThatThrownBy(() -> half.step(halfParams, new double[2], 0.0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void convergesOnAnIllConditionedQuadratic() {
    Adam adam = new Adam(3, new AdamConfig(0.01, 0.9, 0.999, 1e-8, Double.POSITIVE_INFINITY));
    double[] x = {-3.0, 4.0, 2.0};
    for (int i = 0; i < 5000; i++) {
      adam.step(x, quadraticGradient(x));
    }
    assertThat(x).containsExactly(TARGET, within(1e-3));
  }

  @Test
  void clipsTheGlobalNormBeforeUpdatingMoments() {
    Adam adam = new Adam(2, new AdamConfig(0.1, 0.9, 0.999, 1e-8, 1.0));
    double[] grad = {3.0, 4.0};
    double norm = adam.step(new double[2], grad);
    assertThat(norm).isEqualTo(5.0);
    assertThat(grad).containsExactly(new double[] {0.6, 0.8}, within(1e-15));
    assertThat(adam.state().firstMoment())
        .containsExactly(new double[] {0.06, 0.08}, within(1e-15));
  }

  @Test
  void restoredStateContinuesBitIdentically() {
    AdamConfig config = new AdamConfig(0.05, 0.8, 0.99, 1e-8, 2.0);
    Adam original = new Adam(3, config);
    double[] x = {0.0, 0.0, 0.0};
    for (int i = 0; i < 7; i++) {
      original.step(x, quadraticGradient(x));
    }
    Adam copy = new Adam(3, config);
    copy.restore(original.state());
    double[] y = x.clone();
    for (int i = 0; i < 5; i++) {
      original.step(x, quadraticGradient(x));
      copy.step(y, quadraticGradient(y));
    }
    assertThat(y).containsExactly(x);
    assertThat(copy.stepCount()).isEqualTo(12);
  }

  @Test
  void rejectsNonFiniteGradientsAndBadSettings() {
    Adam adam = new Adam(2, AdamConfig.defaults());
    double[] params = {1.0, 2.0};
    assertThatThrownBy(() -> adam.step(params, new double[] {Double.NaN, 0.0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gradient norm is NaN");
    assertThat(params).containsExactly(1.0, 2.0);
    assertThat(adam.stepCount()).isZero();
    assertThatThrownBy(() -> adam.step(params, new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grad has 3 entries");
    assertThatThrownBy(() -> new AdamConfig(0.1, 1.0, 0.999, 1e-8, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("beta1");
    assertThatThrownBy(() -> AdamConfig.defaults().withLearningRate(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("learningRate");
  }
}
