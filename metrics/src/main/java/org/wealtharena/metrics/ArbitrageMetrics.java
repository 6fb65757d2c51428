package org.wealtharena.metrics;

import java.util.Arrays;

/** The arbitrage families bound to one agent and market pair. */
public final class ArbitrageMetrics {

  private final BoundCounter opportunities;
  private final BoundCounter[] executions;
  private final BoundGauge profit;
  private final BoundHistogram executionLatency;
  private final BoundGauge spread;
  private final BoundGauge successRate;
  private final WindowedRatio derivedSuccessRate;
  private final BoundGauge realizedEdge;

  ArbitrageMetrics(SpecializedAgentMetrics owner, String agentId, String marketPair) {
    this.opportunities = owner.arbOpportunities.bind(agentId, marketPair);
    this.executions =
        Arrays.stream(ArbitrageStatus.values())
            .map(status -> owner.arbExecutions.bind(agentId, marketPair, status.label()))
            .toArray(BoundCounter[]::new);
    this.profit = owner.arbProfit.bind(agentId, marketPair);
    this.executionLatency = owner.arbLatency.bind(agentId, marketPair);
    this.spread = owner.arbSpread.bind(agentId, marketPair);
    this.successRate = owner.arbSuccessRate.bind(agentId, marketPair);
    this.derivedSuccessRate =
        owner.derivedRatioOf(
            owner.arbExecutions, agentId, marketPair, ArbitrageStatus.SUCCESS.label());
    this.realizedEdge = owner.arbRealizedEdge.bind(agentId, marketPair);
  }

  public void opportunity() {
    opportunities.inc();
  }

  /** Adds {@code count} opportunities at once, for callers that count them first. */
  public void opportunities(long count) {
    opportunities.inc(count);
  }

  /** One execution; also derives the success rate, unless it is set by hand. */
  public void execution(ArbitrageStatus status) {
    executions(status, 1);
  }

  /** Adds {@code count} executions of {@code status} at once. */
  public void executions(ArbitrageStatus status, long count) {
    executions[status.ordinal()].inc(count);
    if (derivedSuccessRate != null && count > 0) {
      derivedSuccessRate.add(status == ArbitrageStatus.SUCCESS ? count : 0, count);
    }
  }

  /** Cumulative realised profit, net of fees. */
  public void profit(double cumulativeProfit) {
    profit.set(cumulativeProfit);
  }

  /** Seconds from detection to both legs done. */
  public void executionLatency(double seconds) {
    executionLatency.observe(seconds);
  }

  public void spread(double priceGap) {
    spread.set(priceGap);
  }

  /**
   * Successful / all executions over a sliding window, 0..1, set by hand: from then on it is no
   * longer derived from {@link #execution}.
   */
  public void successRate(double ratio) {
    if (derivedSuccessRate != null) {
      derivedSuccessRate.setByHand();
    }
    successRate.set(ratio);
  }

  /** Realised profit per share of the window's executions, net of fees, dollars per share. */
  public void realizedEdge(double dollarsPerShare) {
    realizedEdge.set(dollarsPerShare);
  }
}
