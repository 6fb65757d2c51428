package org.wealtharena.agents.portfolio.risk;

import java.util.Arrays;

/**
 * Historical risk measures of a return series (an asset's, or a portfolio's from {@code
 * Returns.portfolioReturns}), per period of the series.
 *
 * <p>Convention: VaR and CVaR are losses reported as positive numbers. At confidence c the return
 * quantile q is read from the sorted returns r_(0) <= ... <= r_(n-1) at position h = (n - 1)(1 -
 * c), interpolating linearly between neighbours (Hyndman–Fan type 7, numpy's default); VaR = -q.
 * CVaR is the mean loss of the returns at or below q, so CVaR >= VaR. Either is negative when even
 * the tail is a gain.
 */
public final class RiskMeasures {

  private RiskMeasures() {}

  /** Historical value at risk at {@code confidence} (e.g. 0.95), as a positive loss. */
  public static double valueAtRisk(double[] returns, double confidence) {
    return valueAtRiskOfSorted(sortedCopy(returns), returns.length, confidence);
  }

  /**
   * {@link #valueAtRisk} of returns already sorted ascending in {@code sorted[0, length)}: for a
   * caller that keeps its window sorted and needs the figure on every step.
   */
  public static double valueAtRiskOfSorted(double[] sorted, int length, double confidence) {
    if (length < 1 || length > sorted.length) {
      throw new IllegalArgumentException(
          "length must be in [1, " + sorted.length + "], got " + length);
    }
    return -returnQuantile(sorted, length, confidence);
  }

  /** Historical conditional VaR (expected shortfall) at {@code confidence}, as a positive loss. */
  public static double conditionalValueAtRisk(double[] returns, double confidence) {
    double[] sorted = sortedCopy(returns);
    double quantile = returnQuantile(sorted, sorted.length, confidence);
    double tailSum = 0.0;
    int tailCount = 0;
    // r_(0) <= quantile always, so the tail is never empty.
    for (int k = 0; k < sorted.length && sorted[k] <= quantile; k++) {
      tailSum += sorted[k];
      tailCount++;
    }
    return -tailSum / tailCount;
  }

  /** Sample standard deviation (divisor n - 1) of the returns; needs at least two. */
  public static double volatility(double[] returns) {
    requireFinite(returns, "returns", 2);
    double mean = 0.0;
    for (double r : returns) {
      mean += r;
    }
    mean /= returns.length;
    double sumOfSquares = 0.0;
    for (double r : returns) {
      sumOfSquares += (r - mean) * (r - mean);
    }
    return Math.sqrt(sumOfSquares / (returns.length - 1));
  }

  /**
   * Largest fall from a running peak, (peak - value) / peak, of an equity curve: 0 when it never
   * falls, 1 when it reaches zero.
   *
   * @param equity values in time order, finite, non-negative, the first positive
   */
  public static double maxDrawdown(double[] equity) {
    requireFinite(equity, "equity curve", 1);
    if (!(equity[0] > 0.0)) {
      throw new IllegalArgumentException("equity curve must start positive, got " + equity[0]);
    }
    double peak = equity[0];
    double largest = 0.0;
    for (int t = 0; t < equity.length; t++) {
      if (equity[t] < 0.0) {
        throw new IllegalArgumentException("equity at " + t + " is negative: " + equity[t]);
      }
      peak = Math.max(peak, equity[t]);
      largest = Math.max(largest, (peak - equity[t]) / peak);
    }
    return largest;
  }

  private static double returnQuantile(double[] sorted, int length, double confidence) {
    if (!(confidence > 0.0 && confidence < 1.0)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }
    double position = (length - 1) * (1.0 - confidence);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  private static double[] sortedCopy(double[] returns) {
    requireFinite(returns, "returns", 1);
    double[] sorted = returns.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  private static void requireFinite(double[] values, String name, int minLength) {
    if (values == null || values.length < minLength) {
      throw new IllegalArgumentException(
          name
              + " need at least "
              + minLength
              + " values, got "
              + (values == null ? "null" : values.length));
    }
    for (int t = 0; t < values.length; t++) {
      if (!Double.isFinite(values[t])) {
        throw new IllegalArgumentException(name + " value at " + t + " is " + values[t]);
      }
    }
  }
}
