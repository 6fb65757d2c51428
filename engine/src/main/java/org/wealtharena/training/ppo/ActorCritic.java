package org.wealtharena.training.ppo;

import java.util.SplittableRandom;
import org.wealtharena.training.ppo.nn.Mlp;

/**
 * A {@link GaussianPolicy} and a {@link ValueFunction} laid out back to back in one flat parameter
 * vector: [policy mean network | policy log-stds | value network]. Separate networks (no shared
 * trunk), so the value loss cannot disturb the policy's features.
 */
public final class ActorCritic {

  private final GaussianPolicy policy;
  private final ValueFunction value;

  public ActorCritic(
      int observationSize, int actionSize, int[] policyHiddenSizes, int[] valueHiddenSizes) {
    policy = new GaussianPolicy(new Mlp(layers(observationSize, policyHiddenSizes, actionSize)), 0);
    value =
        new ValueFunction(
            new Mlp(layers(observationSize, valueHiddenSizes, 1)), policy.parameterCount());
  }

  public GaussianPolicy policy() {
    return policy;
  }

  public ValueFunction value() {
    return value;
  }

  public int observationSize() {
    return policy.observationSize();
  }

  public int actionSize() {
    return policy.actionSize();
  }

  public int parameterCount() {
    return policy.parameterCount() + value.parameterCount();
  }

  public double[] initialParameters(SplittableRandom rng, double initialLogStd) {
    double[] params = new double[parameterCount()];
    policy.initialize(params, rng, initialLogStd);
    value.initialize(params, rng);
    return params;
  }

  private static int[] layers(int inputSize, int[] hiddenSizes, int outputSize) {
    int[] sizes = new int[hiddenSizes.length + 2];
    sizes[0] = inputSize;
    System.arraycopy(hiddenSizes, 0, sizes, 1, hiddenSizes.length);
    sizes[sizes.length - 1] = outputSize;
    return sizes;
  }
}
