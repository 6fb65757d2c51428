package org.wealtharena.training.ppo;

import java.util.function.ToDoubleFunction;

/** Central finite differences to check analytic gradients. */
public final class FiniteDifferences {

  private static final double STEP = 1e-6;

  /** Below this magnitude a gradient entry is compared absolutely, since round-off dominates. */
  private static final double MAGNITUDE_FLOOR = 1e-4;

  private FiniteDifferences() {}

  /**
   * Largest |analytic - numeric| / max(|analytic|, |numeric|, floor) over all parameters, where
   * numeric = (f(x + h e_i) - f(x - h e_i)) / 2h. {@code params} is restored afterwards.
   */
  public static double maxRelativeError(
      double[] params, double[] analytic, ToDoubleFunction<double[]> function) {
    if (params.length != analytic.length) {
      throw new IllegalArgumentException(
          "gradient length " + analytic.length + " != " + params.length);
    }
    double worst = 0.0;
    for (int i = 0; i < params.length; i++) {
      double original = params[i];
      params[i] = original + STEP;
      double plus = function.applyAsDouble(params);
      params[i] = original - STEP;
      double minus = function.applyAsDouble(params);
      params[i] = original;
      double numeric = (plus - minus) / (2 * STEP);
      double scale = Math.max(MAGNITUDE_FLOOR, Math.max(Math.abs(analytic[i]), Math.abs(numeric)));
      worst = Math.max(worst, Math.abs(analytic[i] - numeric) / scale);
    }
    return worst;
  }
}
