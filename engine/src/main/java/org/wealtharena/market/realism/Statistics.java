package org.wealtharena.market.realism;

import java.util.List;

/**
 * The estimators behind the stylized facts, on series pooled over sessions: each session's series
 * is standardised (mean 0, variance 1) on its own, so differences in volatility level between
 * symbols and days neither inflate the kurtosis nor dominate the autocorrelations, and lags never
 * reach across two sessions.
 */
public final class Statistics {
  private Statistics() {}

  /**
   * Each series minus its mean, divided by its standard deviation (series too short are dropped).
   */
  public static double[][] standardise(List<double[]> series) {
    return series.stream()
        .filter(x -> x.length >= 2)
        .map(Statistics::standardise)
        .filter(x -> x != null)
        .toArray(double[][]::new);
  }

  private static double[] standardise(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double variance = 0;
    for (double v : x) {
      variance += (v - mean) * (v - mean);
    }
    variance /= x.length;
    if (!(variance > 0)) {
      return null;
    }
    double sd = Math.sqrt(variance);
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = (x[i] - mean) / sd;
    }
    return z;
  }

  /** Excess kurtosis of standardised series pooled: mean of z^4 minus 3 (NaN without data). */
  public static double excessKurtosis(double[][] standardised) {
    double sum = 0;
    long n = 0;
    for (double[] z : standardised) {
      for (double v : z) {
        sum += v * v * v * v;
      }
      n += z.length;
    }
    return n == 0 ? Double.NaN : sum / n - 3;
  }

  /** Pooled autocorrelation at {@code lag} of standardised series, within each series. */
  public static double autocorrelation(double[][] standardised, int lag) {
    double cross = 0;
    double square = 0;
    for (double[] z : standardised) {
      for (int t = 0; t < z.length; t++) {
        square += z[t] * z[t];
        if (t + lag < z.length) {
          cross += z[t] * z[t + lag];
        }
      }
    }
    return square == 0 ? Double.NaN : cross / square;
  }

  /** Pooled correlation of two standardised series of equal shapes. */
  public static double correlation(double[][] a, double[][] b) {
    double cross = 0;
    long n = 0;
    for (int i = 0; i < a.length; i++) {
      for (int t = 0; t < a[i].length; t++) {
        cross += a[i][t] * b[i][t];
      }
      n += a[i].length;
    }
    return n == 0 ? Double.NaN : cross / n;
  }

  /** Non-overlapping log returns over {@code step} samples of a log-price series. */
  public static double[] returns(double[] logPrices, int step) {
    int n = (logPrices.length - 1) / step;
    double[] out = new double[Math.max(0, n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = logPrices[(i + 1) * step] - logPrices[i * step];
    }
    return out;
  }

  public static double[] absolute(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Math.abs(x[i]);
    }
    return out;
  }
}
