package org.wealtharena.market.path;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The fundamental ("true") prices of all symbols, moved together: each step draws independent
 * normals, correlates them through the Cholesky factor and lets each symbol's process take them.
 */
public final class FundamentalPaths {
  private final PriceProcess[] processes;
  private final double[][] lower;
  private final double[] prices;
  private final double[] independent;
  private final SplittableRandom random;
  private long lastUpdateNanos;

  public FundamentalPaths(
      List<SymbolSpec> symbols, double[][] correlation, SplittableRandom random) {
    if (correlation.length != symbols.size()) {
      throw new IllegalArgumentException(
          "correlation matrix is "
              + correlation.length
              + "x"
              + correlation.length
              + " for "
              + symbols.size()
              + " symbols");
    }
    this.lower = Cholesky.factor(correlation);
    this.random = random;
    this.processes = new PriceProcess[symbols.size()];
    this.prices = new double[symbols.size()];
    this.independent = new double[symbols.size()];
    for (int i = 0; i < processes.length; i++) {
      processes[i] = symbols.get(i).process();
      prices[i] = symbols.get(i).startPrice();
    }
  }

  /** Moves every price from the last update to {@code nowNanos}. */
  public void advanceTo(long nowNanos) {
    double dt = (nowNanos - lastUpdateNanos) / PriceProcess.TRADING_YEAR_NANOS;
    if (dt <= 0) {
      return;
    }
    lastUpdateNanos = nowNanos;
    int n = prices.length;
    for (int i = 0; i < n; i++) {
      independent[i] = random.nextGaussian();
    }
    for (int i = 0; i < n; i++) {
      double shock = 0;
      for (int k = 0; k <= i; k++) {
        shock += lower[i][k] * independent[k];
      }
      prices[i] = processes[i].next(prices[i], dt, shock, nowNanos, random);
    }
  }

  /** Current fundamental price of a symbol, in dollars. */
  public double price(int symbol) {
    return prices[symbol];
  }

  public int symbols() {
    return prices.length;
  }
}
