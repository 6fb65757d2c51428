package org.wealtharena.training.ppo.optim;

/**
 * Adam (Kingma and Ba) with bias correction over one flat parameter vector, optionally clipping the
 * gradient's global L2 norm first. Not thread-safe.
 */
public final class Adam {

  private final AdamConfig config;
  private final double[] firstMoment;
  private final double[] secondMoment;
  private long step;

  public Adam(int parameterCount, AdamConfig config) {
    if (parameterCount <= 0) {
      throw new IllegalArgumentException("parameterCount must be positive, got " + parameterCount);
    }
    this.config = config;
    firstMoment = new double[parameterCount];
    secondMoment = new double[parameterCount];
  }

  public AdamConfig config() {
    return config;
  }

  public long stepCount() {
    return step;
  }

  /**
   * Updates {@code params} in place to descend along {@code grad}. The gradient array is scaled in
   * place when clipping applies. A non-finite gradient is rejected before any state changes.
   *
   * @return the gradient's global L2 norm before clipping
   */
  public double step(double[] params, double[] grad) {
    return step(params, grad, 1.0);
  }

  /**
   * {@link #step(double[], double[])} with the configured learning rate times {@code
   * learningRateScale} (a schedule's factor, in (0, 1]).
   */
  public double step(double[] params, double[] grad, double learningRateScale) {
    if (!(learningRateScale > 0.0 && learningRateScale <= 1.0)) {
      throw new IllegalArgumentException(
          "learningRateScale must be in (0, 1], got " + learningRateScale);
    }
    checkLength(params.length, "params");
    checkLength(grad.length, "grad");
    double norm = l2Norm(grad);
    if (!Double.isFinite(norm)) {
      throw new IllegalArgumentException("gradient norm is " + norm + "; refusing to step");
    }
    if (norm > config.maxGradNorm()) {
      double scale = config.maxGradNorm() / norm;
      for (int i = 0; i < grad.length; i++) {
        grad[i] *= scale;
      }
    }
    step++;
    double beta1 = config.beta1();
    double beta2 = config.beta2();
    double correction1 = 1.0 - Math.pow(beta1, step);
    double correction2 = 1.0 - Math.pow(beta2, step);
    double lr = config.learningRate() * learningRateScale;
    double eps = config.epsilon();
    for (int i = 0; i < params.length; i++) {
      double g = grad[i];
      firstMoment[i] = beta1 * firstMoment[i] + (1.0 - beta1) * g;
      secondMoment[i] = beta2 * secondMoment[i] + (1.0 - beta2) * g * g;
      double mHat = firstMoment[i] / correction1;
      double vHat = secondMoment[i] / correction2;
      params[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
    }
    return norm;
  }

  public AdamState state() {
    return new AdamState(step, firstMoment, secondMoment);
  }

  public void restore(AdamState state) {
    double[] restoredFirst = state.firstMoment();
    checkLength(restoredFirst.length, "restored Adam state");
    System.arraycopy(restoredFirst, 0, firstMoment, 0, firstMoment.length);
    System.arraycopy(state.secondMoment(), 0, secondMoment, 0, secondMoment.length);
    step = state.step();
  }

  /** Sequential sum, so the result is the same on every run. */
  public static double l2Norm(double[] values) {
    double sum = 0.0;
    for (double v : values) {
      sum += v * v;
    }
    return Math.sqrt(sum);
  }

  private void checkLength(int length, String what) {
    if (length != firstMoment.length) {
      throw new IllegalArgumentException(
          what + " has " + length + " entries, optimiser has " + firstMoment.length);
    }
  }
}
