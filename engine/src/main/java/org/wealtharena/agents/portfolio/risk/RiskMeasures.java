package org.wealtharena.agents.portfolio.risk;

import java.util.Arrays;

/**
 * Historical risk measures of a return series (an asset's, or a portfolio's from
 * {@code Returns.portfolioReturns}), per period of the series.
 *
 * <p>Convention: VaR and CVaR are losses reported as positive numbers. At confidence c the
 * return quantile q is read from the sorted returns r_(0) <= ... <= r_(n-1) at position
 * h = (n - 1)(1 - c), interpolating linearly between neighbours (Hyndman–Fan type 7, numpy's
 * default); VaR = -q. CVaR is the mean loss of the returns at or below q, so CVaR >= VaR. Either is
 * negative when even the tail is a gain.
 */
public final class RiskMeasures {

  private RiskMeasures() {}

  /** Historical value at risk at {@code confidence} (e.g. 0.95), as a positive loss. */
  public static double valueAtRisk(double[] returns, double confidence) {
    requireFinite(returns, "returns", 1);
    return valueAtRiskInPlace(returns.clone(), returns.length, confidence);
  }

  /**
   * {@link #valueAtRisk} of the finite returns in {@code returns[0, length)}, which it reorders. It
   * selects the two order statistics the quantile reads instead of sorting them all, and allocates
   * nothing: the risk manager computes it for every agent on every decision step.
   */
  public static double valueAtRiskInPlace(double[] returns, int length, double confidence) {
    if (length < 1 || length > returns.length) {
      throw new IllegalArgumentException("length must be in [1, " + returns.length + "], got " + length);
    }
    double position = quantilePosition(length, confidence);
    int below = (int) Math.floor(position);
    double low = select(returns, length, below);
    // Selection leaves only values >= the selected one after it: the next order statistic is their minimum.
    double high = low;
    if (below + 1 < length) {
      high = returns[below + 1];
      for (int k = below + 2; k < length; k++) {
        high = Math.min(high, returns[k]);
      }
    }
    return -(low + (position - below) * (high - low));
  }

  /** Historical conditional VaR (expected shortfall) at {@code confidence}, as a positive loss. */
  public static double conditionalValueAtRisk(double[] returns, double confidence) {
    double[] sorted = sortedCopy(returns);
    double quantile = returnQuantile(sorted, confidence);
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

  private static double quantilePosition(int length, double confidence) {
    if (!(confidence > 0.0 && confidence < 1.0)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }
    return (length - 1) * (1.0 - confidence);
  }

  /**
   * The {@code k}-th smallest of {@code values[0, length)} (quickselect, median-of-three pivot),
   * leaving smaller values before index k and larger ones after it.
   */
  private static double select(double[] values, int length, int k) {
    int lo = 0;
    int hi = length - 1;
    while (lo < hi) {
      double pivot = medianOfThree(values[lo], values[(lo + hi) >>> 1], values[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double swap = values[i];
          values[i++] = values[j];
          values[j--] = swap;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return values[k]; // between the two parts every value equals the pivot
      }
    }
    return values[k];
  }

  private static double medianOfThree(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  private static double returnQuantile(double[] sorted, double confidence) {
    double position = quantilePosition(sorted.length, confidence);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
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
          name + " need at least " + minLength + " values, got " + (values == null ? "null" : values.length));
    }
    for (int t = 0; t < values.length; t++) {
      if (!Double.isFinite(values[t])) {
        throw new IllegalArgumentException(name + " value at " + t + " is " + values[t]);
      }
    }
  }
}
