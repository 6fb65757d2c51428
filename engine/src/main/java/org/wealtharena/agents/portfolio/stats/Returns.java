package org.wealtharena.agents.portfolio.stats;

/**
 * A window of per-period returns, {@code periods() x assets()}, immutable.
 *
 * <p>Built either from prices ({@link #fromPrices}) or from returns already computed ({@link #of});
 * both reject empty, ragged or non-finite input.
 */
public final class Returns {

  private final double[][] values;

  private Returns(double[][] values) {
    this.values = values;
  }

  /**
   * Returns between consecutive rows of a price window.
   *
   * @param prices time x asset, at least two rows, every price finite and positive
   */
  public static Returns fromPrices(double[][] prices, ReturnType type) {
    requireRectangularFinite(prices, "prices", 2);
    int assets = prices[0].length;
    double[][] returns = new double[prices.length - 1][assets];
    for (int t = 0; t < prices.length; t++) {
      for (int i = 0; i < assets; i++) {
        if (prices[t][i] <= 0.0) {
          throw new IllegalArgumentException(
              "prices must be positive, but row " + t + ", asset " + i + " is " + prices[t][i]);
        }
        if (t > 0) {
          returns[t - 1][i] = type.between(prices[t - 1][i], prices[t][i]);
        }
      }
    }
    return new Returns(returns);
  }

  /** Wraps (a copy of) returns already computed, time x asset, at least one row. */
  public static Returns of(double[][] returns) {
    requireRectangularFinite(returns, "returns", 1);
    double[][] copy = new double[returns.length][];
    for (int t = 0; t < returns.length; t++) {
      copy[t] = returns[t].clone();
    }
    return new Returns(copy);
  }

  public int periods() {
    return values.length;
  }

  public int assets() {
    return values[0].length;
  }

  public double get(int period, int asset) {
    return values[period][asset];
  }

  /** Sample mean return of each asset. */
  public double[] mean() {
    double[] mean = new double[assets()];
    for (double[] row : values) {
      for (int i = 0; i < mean.length; i++) {
        mean[i] += row[i];
      }
    }
    for (int i = 0; i < mean.length; i++) {
      mean[i] /= periods();
    }
    return mean;
  }

  /** Unbiased sample covariance (divisor {@code periods() - 1}); needs at least two periods. */
  public double[][] sampleCovariance() {
    if (periods() < 2) {
      throw new IllegalArgumentException(
          "sample covariance needs at least 2 periods of returns, got " + periods());
    }
    return crossProductOfDeviations(periods() - 1);
  }

  /** Return of a fixed-weight portfolio in each period: sum over assets of weight * return. */
  public double[] portfolioReturns(double[] weights) {
    if (weights.length != assets()) {
      throw new IllegalArgumentException(
          "weights have " + weights.length + " entries but returns have " + assets() + " assets");
    }
    double[] portfolio = new double[periods()];
    for (int t = 0; t < portfolio.length; t++) {
      for (int i = 0; i < weights.length; i++) {
        portfolio[t] += weights[i] * values[t][i];
      }
    }
    return portfolio;
  }

  /** Returns with each asset's mean subtracted, as a fresh array. */
  double[][] demeaned() {
    double[] mean = mean();
    double[][] centred = new double[periods()][assets()];
    for (int t = 0; t < centred.length; t++) {
      for (int i = 0; i < mean.length; i++) {
        centred[t][i] = values[t][i] - mean[i];
      }
    }
    return centred;
  }

  /**
   * X'X / divisor for the demeaned returns X, filled symmetrically so the result is exactly
   * symmetric.
   */
  double[][] crossProductOfDeviations(double divisor) {
    double[][] centred = demeaned();
    int n = assets();
    double[][] product = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = 0.0;
        for (double[] row : centred) {
          sum += row[i] * row[j];
        }
        product[i][j] = sum / divisor;
        product[j][i] = product[i][j];
      }
    }
    return product;
  }

  private static void requireRectangularFinite(double[][] matrix, String name, int minRows) {
    if (matrix == null || matrix.length < minRows) {
      throw new IllegalArgumentException(
          name
              + " window needs at least "
              + minRows
              + " rows, got "
              + (matrix == null ? "null" : matrix.length));
    }
    if (matrix[0] == null || matrix[0].length == 0) {
      throw new IllegalArgumentException(name + " window has no assets");
    }
    int assets = matrix[0].length;
    for (int t = 0; t < matrix.length; t++) {
      if (matrix[t] == null || matrix[t].length != assets) {
        throw new IllegalArgumentException(
            name
                + " row "
                + t
                + " has "
                + (matrix[t] == null ? "no" : matrix[t].length)
                + " entries, expected "
                + assets);
      }
      for (int i = 0; i < assets; i++) {
        if (!Double.isFinite(matrix[t][i])) {
          throw new IllegalArgumentException(
              name + " row " + t + ", asset " + i + " is " + matrix[t][i]);
        }
      }
    }
  }
}
