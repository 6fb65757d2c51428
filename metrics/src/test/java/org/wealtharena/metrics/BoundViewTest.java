package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;

/** Bound views write to the same series as the guide-style calls. */
class BoundViewTest {

  private static final MetricsOptions STRICT = MetricsOptions.builder().strict(true).build();

  @Test
  void marketMakerViewAndGuideCallsShareSeries() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics(STRICT);
    MarketMakerMetrics mm = m.marketMaker("mm_1", "AAPL");

    mm.quote(QuoteSide.BID);
    mm.quotes(QuoteSide.ASK, 5);
    m.recordMarketMakerQuote("mm_1", "AAPL", "bid");
    mm.spread(0.05);
    mm.fillRate(0.75);
    mm.inventory(-300);
    mm.pnl(42.0);
    mm.quoteLatency(3e-6);

    PrometheusRegistry r = m.registry();
    assertThat(
            Scrape.value(
                r,
                "market_maker_quotes_total",
                "agent_id",
                "mm_1",
                "side",
                "bid",
                "symbol",
                "AAPL"))
        .hasValue(2.0);
    assertThat(
            Scrape.value(
                r,
                "market_maker_quotes_total",
                "agent_id",
                "mm_1",
                "side",
                "ask",
                "symbol",
                "AAPL"))
        .hasValue(5.0);
    assertThat(Scrape.value(r, "market_maker_spread", "agent_id", "mm_1", "symbol", "AAPL"))
        .hasValue(0.05);
    assertThat(Scrape.value(r, "market_maker_fill_rate", "agent_id", "mm_1", "symbol", "AAPL"))
        .hasValue(0.75);
    assertThat(Scrape.value(r, "market_maker_inventory", "agent_id", "mm_1", "symbol", "AAPL"))
        .hasValue(-300.0);
    assertThat(Scrape.value(r, "market_maker_pnl", "agent_id", "mm_1", "symbol", "AAPL"))
        .hasValue(42.0);
    assertThat(Scrape.value(r, "market_maker_quote_latency_seconds", "agent_id", "mm_1"))
        .hasValue(1.0);
  }

  @Test
  void arbitragePortfolioRiskAndAgentViews() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics(STRICT);
    m.allowLabelValues("error_type", "timeout"); // a user's own error type
    ArbitrageMetrics arb = m.arbitrage("arb_1", "AAPL-NASDAQ");
    arb.opportunity();
    arb.execution(ArbitrageStatus.PARTIAL);
    arb.profit(10.5);
    arb.spread(0.02);
    arb.successRate(0.0);
    arb.executionLatency(0.001);
    PortfolioMetrics pf = m.portfolio("portfolio_1", "risk_parity");
    pf.optimizationRun();
    pf.optimizationLatency(0.02);
    pf.sharpe(1.8);
    pf.diversification(0.6);
    pf.turnover(0.15);
    pf.rebalance(RebalanceTrigger.DRIFT);
    pf.riskMetric("var_95", 0.031);
    RiskManagerMetrics risk = m.riskManager("risk_1");
    risk.check(RiskCheckType.ORDER_NOTIONAL);
    risk.checkLatency(RiskCheckType.ORDER_NOTIONAL, 2e-6);
    risk.violation(RiskCheckType.DRAWDOWN, Severity.CRITICAL);
    risk.action(RiskAction.HALT_TRADING);
    risk.limit(RiskLimitType.POSITION, 1000);
    risk.exposure(ExposureType.GROSS, 25_000);
    AgentMetrics agent = m.agent("risk_1", "risk_manager");
    agent.episode();
    agent.reward(-1.25);
    agent.error("timeout");

    PrometheusRegistry r = m.registry();
    assertThat(
            Scrape.value(
                r,
                "arbitrage_executions_total",
                "agent_id",
                "arb_1",
                "market_pair",
                "AAPL-NASDAQ",
                "status",
                "partial"))
        .hasValue(1.0);
    assertThat(
            Scrape.value(
                r,
                "arbitrage_executions_total",
                "agent_id",
                "arb_1",
                "market_pair",
                "AAPL-NASDAQ",
                "status",
                "success"))
        .hasValue(0.0);
    assertThat(
            Scrape.value(
                r, "arbitrage_success_rate", "agent_id", "arb_1", "market_pair", "AAPL-NASDAQ"))
        .hasValue(0.0);
    assertThat(
            Scrape.value(
                r, "portfolio_rebalance_total", "agent_id", "portfolio_1", "trigger", "drift"))
        .hasValue(1.0);
    assertThat(
            Scrape.value(
                r, "portfolio_risk_metrics", "agent_id", "portfolio_1", "risk_type", "var_95"))
        .hasValue(0.031);
    assertThat(
            Scrape.value(
                r,
                "risk_manager_checks_total",
                "agent_id",
                "risk_1",
                "check_type",
                "order_notional"))
        .hasValue(1.0);
    assertThat(
            Scrape.value(
                r,
                "risk_violations_total",
                "agent_id",
                "risk_1",
                "severity",
                "critical",
                "violation_type",
                "drawdown"))
        .hasValue(1.0);
    assertThat(
            Scrape.value(
                r,
                "risk_violations_total",
                "agent_id",
                "risk_1",
                "severity",
                "warning",
                "violation_type",
                "drawdown"))
        .hasValue(0.0);
    assertThat(
            Scrape.value(
                r,
                "risk_manager_actions_total",
                "action_type",
                "halt_trading",
                "agent_id",
                "risk_1"))
        .hasValue(1.0);
    assertThat(Scrape.value(r, "risk_exposure", "agent_id", "risk_1", "exposure_type", "gross"))
        .hasValue(25_000.0);
    assertThat(
            Scrape.value(
                r, "specialized_agent_reward", "agent_id", "risk_1", "agent_type", "risk_manager"))
        .hasValue(-1.25);
    assertThat(
            Scrape.value(
                r,
                "specialized_agent_errors_total",
                "agent_id",
                "risk_1",
                "agent_type",
                "risk_manager",
                "error_type",
                "timeout"))
        .hasValue(1.0);
  }

  @Test
  void coordinationViews() {
    MultiAgentMetrics m = new MultiAgentMetrics(STRICT);
    m.allowLabelValues("error_type", "timeout");
    CoordinationMetrics c = m.coordination("centralized");
    CoordinationMethodMetrics netting = c.method("central_netting");
    netting.used();
    netting.overhead(5e-6);
    netting.decisionLatency(1e-5);
    c.environmentStep();
    c.conflict(ConflictType.SELF_TRADE);
    m.recordSharedEnvConflict("self_trade", "centralized");
    c.interAgentReward(-3.5);
    c.efficiency(0.97);
    c.activeAgents(4);
    c.iteration(12, "run_1", 0.8);
    c.performance("all", 1.1, 0.52, 0.04);
    c.agentEpisode("mm_1", "market_maker");
    c.error("timeout");
    BoundCounter bus = m.communication("mm_1", "coordinator", "intent");
    bus.inc();
    bus.inc(2);
    m.sharedResource("capital").set(0.4);

    PrometheusRegistry r = m.registry();
    assertThat(
            Scrape.value(
                r,
                "coordination_method_usage_total",
                "coordination_type",
                "centralized",
                "method",
                "central_netting"))
        .hasValue(1.0);
    assertThat(
            Scrape.value(
                r,
                "agent_coordination_overhead_seconds",
                "coordination_type",
                "centralized",
                "method",
                "central_netting"))
        .hasValue(1.0);
    assertThat(
            Scrape.value(
                r,
                "shared_environment_conflicts_total",
                "conflict_type",
                "self_trade",
                "coordination_type",
                "centralized"))
        .hasValue(2.0);
    assertThat(
            Scrape.value(r, "inter_agent_reward_distribution", "coordination_type", "centralized"))
        .hasValue(1.0);
    assertThat(
            Scrape.value(
                r,
                "multi_agent_current_iteration",
                "coordination_type",
                "centralized",
                "run_id",
                "run_1"))
        .hasValue(12.0);
    assertThat(
            Scrape.value(
                r,
                "agent_communication_total",
                "from_agent",
                "mm_1",
                "message_type",
                "intent",
                "to_agent",
                "coordinator"))
        .hasValue(3.0);
    assertThat(Scrape.value(r, "shared_resource_utilization", "resource_type", "capital"))
        .hasValue(0.4);
  }

  @Test
  void activeGaugeStaysOneWhileAnyRunOfTheTypeIsInProgress() {
    MultiAgentMetrics m = new MultiAgentMetrics();
    CoordinationMetrics c = m.coordination("hierarchical");

    c.trainingStarted();
    m.recordMultiAgentTrainingStart("hierarchical");
    assertThat(active(m)).isEqualTo(1.0);
    c.trainingCompleted();
    assertThat(active(m)).isEqualTo(1.0);
    m.recordMultiAgentTrainingFailed("hierarchical");
    assertThat(active(m)).isEqualTo(0.0);
    m.recordMultiAgentTrainingComplete("hierarchical"); // unmatched end does not go below 0
    assertThat(active(m)).isEqualTo(0.0);
    m.recordMultiAgentTrainingStart("hierarchical");
    assertThat(active(m)).isEqualTo(1.0);

    PrometheusRegistry r = m.registry();
    assertThat(
            Scrape.value(
                r,
                "multi_agent_training_runs_total",
                "coordination_type",
                "hierarchical",
                "status",
                "started"))
        .hasValue(3.0);
    assertThat(
            Scrape.value(
                r,
                "multi_agent_training_runs_total",
                "coordination_type",
                "hierarchical",
                "status",
                "completed"))
        .hasValue(2.0);
    assertThat(
            Scrape.value(
                r,
                "multi_agent_training_runs_total",
                "coordination_type",
                "hierarchical",
                "status",
                "failed"))
        .hasValue(1.0);
  }

  @Test
  void observeSinceRecordsElapsedSeconds() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics(STRICT);
    long start = System.nanoTime();
    BoundHistogram latency = m.mmQuoteLatency.bind("mm_1");
    latency.observeSince(start);
    double sum =
        Scrape.points(m.registry(), "market_maker_quote_latency_seconds").stream()
            .map(
                p ->
                    ((io.prometheus.metrics.model.snapshots.HistogramSnapshot
                                .HistogramDataPointSnapshot)
                            p)
                        .getSum())
            .findFirst()
            .orElseThrow();
    assertThat(sum).isPositive().isLessThan((System.nanoTime() - start) * 1e-9 + 1e-9);
  }

  private static double active(MultiAgentMetrics m) {
    return Scrape.value(
            m.registry(), "multi_agent_training_active", "coordination_type", "hierarchical")
        .orElseThrow();
  }
}
