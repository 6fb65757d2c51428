package org.wealtharena.training.ppo.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wealtharena.training.ppo.FiniteDifferences;

class MlpTest {

  static int[][] architectures() {
    return new int[][] {{3, 2}, {4, 5, 3}, {2, 6, 4, 2}, {5, 3, 7, 1}};
  }

  @ParameterizedTest
  @MethodSource("architectures")
  void parameterGradientMatchesFiniteDifferences(int[] sizes) {
    Mlp mlp = new Mlp(sizes);
    SplittableRandom rng = new SplittableRandom(11);
    int offset = 3; // the network sits inside a larger vector, as in the agent
    double[] params = new double[offset + mlp.parameterCount() + 2];
    for (int i = 0; i < params.length; i++) {
      params[i] = rng.nextDouble(-1, 1);
    }
    double[] input = randomVector(rng, mlp.inputSize());
    double[] outputWeights = randomVector(rng, mlp.outputSize());
    Mlp.Workspace ws = mlp.newWorkspace();

    // scalar loss = outputWeights . output, so d loss / d output = outputWeights
    double[] grad = new double[params.length];
    mlp.forward(params, offset, input, ws);
    mlp.backward(params, offset, ws, outputWeights, grad, offset);

    double error =
        FiniteDifferences.maxRelativeError(
            params, grad, p -> dot(outputWeights, mlp.forward(p, offset, input, ws)));
    System.out.printf("MLP %s gradient max relative error %.2e%n", Arrays.toString(sizes), error);
    assertThat(error).isLessThan(1e-5);
    assertThat(grad[0]).isZero(); // entries outside the network's slice are untouched
    assertThat(grad[params.length - 1]).isZero();
  }

  @Test
  void backwardAccumulatesIntoTheGradient() {
    Mlp mlp = new Mlp(2, 3, 1);
    double[] params = new double[mlp.parameterCount()];
    mlp.initialize(params, 0, new SplittableRandom(1), 1.0, 1.0);
    Mlp.Workspace ws = mlp.newWorkspace();
    mlp.forward(params, 0, new double[] {0.3, -0.2}, ws);
    double[] once = new double[params.length];
    mlp.backward(params, 0, ws, new double[] {1.0}, once, 0);
    double[] twice = once.clone();
    mlp.backward(params, 0, ws, new double[] {1.0}, twice, 0);
    for (int i = 0; i < once.length; i++) {
      assertThat(twice[i]).isEqualTo(2 * once[i]);
    }
  }

  @Test
  void orthogonalInitialisationGivesScaledOrthonormalRowsOrColumns() {
    Mlp mlp = new Mlp(3, 5, 2); // a tall 5x3 matrix, then a wide 2x5 one
    double[] params = new double[mlp.parameterCount()];
    mlp.initialize(params, 0, new SplittableRandom(5), 2.0, 0.5);
    // first layer: 5x3, orthonormal columns times 2 -> W^T W = 4 I
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        double sum = 0;
        for (int r = 0; r < 5; r++) {
          sum += params[r * 3 + a] * params[r * 3 + b];
        }
        assertThat(sum).isCloseTo(a == b ? 4.0 : 0.0, within(1e-12));
      }
    }
    int second = 15 + 5; // after the first layer's weights and biases
    for (int a = 0; a < 2; a++) {
      for (int b = 0; b < 2; b++) {
        double sum = 0;
        for (int c = 0; c < 5; c++) {
          sum += params[second + a * 5 + c] * params[second + b * 5 + c];
        }
        assertThat(sum).isCloseTo(a == b ? 0.25 : 0.0, within(1e-12));
      }
    }
    for (int i = 15; i < 20; i++) {
      assertThat(params[i]).isZero();
    }
  }

  @Test
  void sameSeedGivesIdenticalInitialisation() {
    Mlp mlp = new Mlp(4, 8, 2);
    double[] first = new double[mlp.parameterCount()];
    double[] second = new double[mlp.parameterCount()];
    mlp.initialize(first, 0, new SplittableRandom(9), 1.4, 0.01);
    mlp.initialize(second, 0, new SplittableRandom(9), 1.4, 0.01);
    assertThat(second).containsExactly(first);
  }

  @Test
  void badShapesAreRejectedWithTheirNames() {
    assertThatThrownBy(() -> new Mlp(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input and an output");
    assertThatThrownBy(() -> new Mlp(3, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("layer size 1");
    Mlp mlp = new Mlp(3, 2);
    double[] params = new double[mlp.parameterCount()];
    assertThatThrownBy(() -> mlp.forward(params, 0, new double[2], mlp.newWorkspace()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input has length 2");
    assertThatThrownBy(() -> mlp.forward(new double[3], 0, new double[3], mlp.newWorkspace()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("params of length 3");
    assertThatThrownBy(() -> mlp.forward(params, 0, new double[3], new Mlp(3, 4, 2).newWorkspace()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workspace");
  }

  private static double[] randomVector(SplittableRandom rng, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rng.nextDouble(-1, 1);
    }
    return v;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
