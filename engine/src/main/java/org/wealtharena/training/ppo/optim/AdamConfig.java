package org.wealtharena.training.ppo.optim;

/**
 * Hyper-parameters of {@link Adam}.
 *
 * @param learningRate step size, positive
 * @param beta1 decay of the first-moment average, in [0, 1)
 * @param beta2 decay of the second-moment average, in [0, 1)
 * @param epsilon added to the root of the second moment, positive (1e-5 as in common PPO code)
 * @param maxGradNorm gradients whose global L2 norm exceeds this are scaled down to it before the
 *     step; {@code Double.POSITIVE_INFINITY} disables clipping
 */
public record AdamConfig(
    double learningRate, double beta1, double beta2, double epsilon, double maxGradNorm)
    implements java.io.Serializable {

  public AdamConfig {
    requirePositiveFinite(learningRate, "learningRate");
    if (!(beta1 >= 0.0 && beta1 < 1.0)) {
      throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
    }
    if (!(beta2 >= 0.0 && beta2 < 1.0)) {
      throw new IllegalArgumentException("beta2 must be in [0, 1), got " + beta2);
    }
    requirePositiveFinite(epsilon, "epsilon");
    if (!(maxGradNorm > 0.0)) {
      throw new IllegalArgumentException(
          "maxGradNorm must be positive (or infinite to disable), got " + maxGradNorm);
    }
  }

  /** lr 3e-4, betas 0.9/0.999, eps 1e-5, gradient norm clipped at 0.5. */
  public static AdamConfig defaults() {
    return new AdamConfig(3e-4, 0.9, 0.999, 1e-5, 0.5);
  }

  public AdamConfig withLearningRate(double value) {
    return new AdamConfig(value, beta1, beta2, epsilon, maxGradNorm);
  }

  public AdamConfig withMaxGradNorm(double value) {
    return new AdamConfig(learningRate, beta1, beta2, epsilon, value);
  }

  private static void requirePositiveFinite(double value, String name) {
    if (!(value > 0.0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
    }
  }
}
