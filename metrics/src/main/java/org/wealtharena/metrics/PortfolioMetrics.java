package org.wealtharena.metrics;

import java.util.Arrays;

/** The portfolio families bound to one agent and its optimisation type. */
public final class PortfolioMetrics {

  private final SpecializedAgentMetrics owner;
  private final String agentId;
  private final BoundCounter runs;
  private final BoundHistogram optimizationLatency;
  private final BoundGauge sharpe;
  private final BoundGauge diversification;
  private final BoundGauge turnover;
  private final BoundCounter[] rebalances;

  PortfolioMetrics(SpecializedAgentMetrics owner, String agentId, String optimizationType) {
    this.owner = owner;
    this.agentId = agentId;
    this.runs = owner.pfRuns.bind(agentId, optimizationType);
    this.optimizationLatency = owner.pfLatency.bind(agentId, optimizationType);
    this.sharpe = owner.pfSharpe.bind(agentId);
    this.diversification = owner.pfDiversification.bind(agentId);
    this.turnover = owner.pfTurnover.bind(agentId);
    this.rebalances =
        Arrays.stream(RebalanceTrigger.values())
            .map(trigger -> owner.pfRebalances.bind(agentId, trigger.label()))
            .toArray(BoundCounter[]::new);
  }

  public void optimizationRun() {
    runs.inc();
  }

  public void optimizationLatency(double seconds) {
    optimizationLatency.observe(seconds);
  }

  public void sharpe(double sharpeRatio) {
    sharpe.set(sharpeRatio);
  }

  /** 1 - sum of squared weights, 0..1. */
  public void diversification(double ratio) {
    diversification.set(ratio);
  }

  /** Sum of absolute weight changes / 2, 0..1. */
  public void turnover(double ratio) {
    turnover.set(ratio);
  }

  public void rebalance(RebalanceTrigger trigger) {
    rebalances[trigger.ordinal()].inc();
  }

  /** A risk measure such as var_95, cvar_95, volatility or max_drawdown. */
  public void riskMetric(String riskType, double value) {
    owner.recordPortfolioRiskMetric(agentId, riskType, value);
  }
}
