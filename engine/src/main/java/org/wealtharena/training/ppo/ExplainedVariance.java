package org.wealtharena.training.ppo;

/**
 * Explained variance of a value function, as CleanRL and Stable-Baselines report it: {@code 1 -
 * Var(returns - predictions) / Var(returns)}. 1 is a perfect prediction, 0 is no better than
 * predicting the returns' mean, and below 0 is worse than that.
 */
public final class ExplainedVariance {

  private ExplainedVariance() {}

  /**
   * Over the first {@code length} entries; NaN when the returns are constant (or fewer than two),
   * where the ratio is undefined.
   */
  public static double of(double[] predictions, double[] returns, int length) {
    if (length < 0 || predictions.length < length || returns.length < length) {
      throw new IllegalArgumentException(
          "need "
              + length
              + " entries, have "
              + predictions.length
              + " predictions and "
              + returns.length
              + " returns");
    }
    double returnsMean = 0.0;
    double errorsMean = 0.0;
    for (int i = 0; i < length; i++) {
      returnsMean += returns[i];
      errorsMean += returns[i] - predictions[i];
    }
    returnsMean /= length;
    errorsMean /= length;
    double returnsSquares = 0.0;
    double errorsSquares = 0.0;
    for (int i = 0; i < length; i++) {
      double r = returns[i] - returnsMean;
      double e = returns[i] - predictions[i] - errorsMean;
      returnsSquares += r * r;
      errorsSquares += e * e;
    }
    return returnsSquares > 0.0 ? 1.0 - errorsSquares / returnsSquares : Double.NaN;
  }
}
