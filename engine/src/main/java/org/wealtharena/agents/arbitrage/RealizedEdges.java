package org.wealtharena.agents.arbitrage;

import org.wealtharena.market.Prices;

/**
 * Realised profit per share over the last {@code capacity} executions that traded: Σ profit (net of
 * fees, unwinds included) / Σ shares, for arbitrage_realized_edge. Profits may be negative, which
 * {@link org.wealtharena.agents.SlidingWindowRatio} does not take. A ring of primitive arrays with
 * running sums: adding and reading allocate nothing.
 */
final class RealizedEdges {
  private final long[] profitMicros;
  private final long[] shares;
  private int next;
  private int size;
  private long profitSumMicros;
  private long shareSum;

  RealizedEdges(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    profitMicros = new long[capacity];
    shares = new long[capacity];
  }

  /** One execution over: its profit and the shares its larger leg traded; none traded, nothing. */
  void add(long executionProfitMicros, long executionShares) {
    if (executionShares <= 0) {
      return;
    }
    if (size == shares.length) {
      profitSumMicros -= profitMicros[next];
      shareSum -= shares[next];
    } else {
      size++;
    }
    profitMicros[next] = executionProfitMicros;
    shares[next] = executionShares;
    profitSumMicros += executionProfitMicros;
    shareSum += executionShares;
    next = (next + 1) % shares.length;
  }

  long shares() {
    return shareSum;
  }

  /** Realised profit per share in the window, dollars; 0 when nothing traded. */
  double dollarsPerShare() {
    return shareSum == 0 ? 0 : Prices.toDollars(profitSumMicros) / shareSum;
  }
}
