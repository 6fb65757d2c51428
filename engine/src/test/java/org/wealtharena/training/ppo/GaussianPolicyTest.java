package org.wealtharena.training.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wealtharena.training.ppo.nn.Mlp;

class GaussianPolicyTest {

  private final GaussianPolicy policy = new GaussianPolicy(new Mlp(3, 5, 2), 4);
  private final GaussianPolicy.Workspace ws = policy.newWorkspace();

  private double[] randomParameters(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] params = new double[4 + policy.parameterCount()];
    for (int i = 0; i < params.length; i++) {
      params[i] = rng.nextDouble(-0.8, 0.8);
    }
    return params;
  }

  @Test
  void logProbGradientMatchesFiniteDifferences() {
    for (long seed = 1; seed <= 5; seed++) {
      double[] params = randomParameters(seed);
      double[] observation = {0.4, -0.7, 0.1};
      double[] action = {0.9, -1.3};
      double[] grad = new double[params.length];
      policy.logProb(params, observation, 0, action, 0, ws);
      policy.accumulateLogProbGradient(params, action, 0, 1.0, ws, grad);
      double error =
          FiniteDifferences.maxRelativeError(
              params, grad, p -> policy.logProb(p, observation, 0, action, 0, ws));
      System.out.printf(
          "Gaussian log-prob gradient max relative error (seed %d) %.2e%n", seed, error);
      assertThat(error).isLessThan(1e-5);
    }
  }

  @Test
  void entropyGradientMatchesFiniteDifferences() {
    double[] params = randomParameters(3);
    double[] grad = new double[params.length];
    policy.accumulateEntropyGradient(1.0, grad);
    assertThat(FiniteDifferences.maxRelativeError(params, grad, policy::entropy)).isLessThan(1e-5);
  }

  @Test
  void logProbAndEntropyMatchTheGaussianFormulas() {
    double[] params = randomParameters(7);
    double[] observation = {0.2, 0.3, -0.1};
    double[] action = {0.5, -0.25};
    double[] mean = policy.mean(params, observation, 0, ws).clone();
    int logStd = 4 + policy.meanNetwork().parameterCount();
    double expectedLogProb = 0;
    double expectedEntropy = 0;
    for (int i = 0; i < 2; i++) {
      double std = Math.exp(params[logStd + i]);
      double density =
          Math.exp(-Math.pow(action[i] - mean[i], 2) / (2 * std * std))
              / (std * Math.sqrt(2 * Math.PI));
      expectedLogProb += Math.log(density);
      expectedEntropy += 0.5 * Math.log(2 * Math.PI * Math.E * std * std);
    }
    assertThat(policy.logProb(params, observation, 0, action, 0, ws))
        .isCloseTo(expectedLogProb, within(1e-12));
    assertThat(policy.entropy(params)).isCloseTo(expectedEntropy, within(1e-12));
  }

  @Test
  void samplesHaveThePolicyMeanAndSpreadAndTheirOwnLogProb() {
    double[] params = randomParameters(2);
    double[] observation = {-0.5, 0.5, 0.9};
    double[] mean = policy.mean(params, observation, 0, ws).clone();
    int logStd = 4 + policy.meanNetwork().parameterCount();
    SplittableRandom rng = new SplittableRandom(42);
    double[] action = new double[2];
    int n = 20000;
    double sum = 0;
    double squares = 0;
    for (int k = 0; k < n; k++) {
      double logProb = policy.sample(params, observation, rng, action, ws);
      if (k < 10) {
        assertThat(logProb)
            .isCloseTo(policy.logProb(params, observation, 0, action, 0, ws), within(1e-12));
      }
      sum += action[1];
      squares += action[1] * action[1];
    }
    double sampleMean = sum / n;
    double sampleStd = Math.sqrt(squares / n - sampleMean * sampleMean);
    double std = Math.exp(params[logStd + 1]);
    assertThat(sampleMean).isCloseTo(mean[1], within(4 * std / Math.sqrt(n)));
    assertThat(sampleStd).isCloseTo(std, within(0.03 * std));
  }

  @Test
  void shortVectorsAreRejected() {
    double[] params = randomParameters(1);
    assertThatThrownBy(() -> policy.entropy(new double[10]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vector of length 10");
    assertThatThrownBy(() -> policy.logProb(params, new double[3], 0, new double[1], 0, ws))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action array of length 1");
    assertThatThrownBy(
            () -> policy.sample(params, new double[3], new SplittableRandom(1), new double[3], ws))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("policy acts in 2 dimensions");
  }
}
