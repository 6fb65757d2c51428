package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;

/** Known label combinations exist at 0 before the first event, so rate() and alerts work. */
class InitAtZeroTest {

  @Test
  void coordinationTypeStartsWithItsLifecycleStepAndConflictSeriesAtZero() {
    MultiAgentMetrics m = new MultiAgentMetrics();
    m.initializeCoordination("hierarchical");
    PrometheusRegistry r = m.registry();

    for (String status : List.of("started", "completed", "failed")) {
      assertZero(
          r,
          "multi_agent_training_runs_total",
          "coordination_type",
          "hierarchical",
          "status",
          status);
    }
    assertZero(r, "multi_agent_training_active", "coordination_type", "hierarchical");
    assertZero(r, "multi_agent_iterations_total", "coordination_type", "hierarchical");
    assertZero(r, "shared_environment_steps_total", "coordination_type", "hierarchical");
    for (String conflict :
        List.of(
            "self_trade", "opposing_orders", "capital_oversubscription", "risk_budget_exceeded")) {
      assertZero(
          r,
          "shared_environment_conflicts_total",
          "conflict_type",
          conflict,
          "coordination_type",
          "hierarchical");
    }
    // gauges whose 0 would be a made-up value stay absent until measured
    assertThat(Scrape.points(r, "agent_coordination_efficiency")).isEmpty();
  }

  @Test
  void marketMakerStartsWithBothQuoteSidesAtZero() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    m.initializeMarketMaker("mm_1", "AAPL");
    PrometheusRegistry r = m.registry();

    for (String side : List.of("bid", "ask")) {
      assertZero(
          r, "market_maker_quotes_total", "agent_id", "mm_1", "side", side, "symbol", "AAPL");
    }
    assertZero(r, "market_maker_quote_latency_seconds", "agent_id", "mm_1");
    assertThat(Scrape.points(r, "market_maker_fill_rate")).isEmpty();
    assertThat(Scrape.points(r, "market_maker_spread")).isEmpty();
  }

  @Test
  void arbitrageStartsWithEveryExecutionStatusAtZero() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    m.initializeArbitrage("arb_1", "AAPL-NASDAQ");
    PrometheusRegistry r = m.registry();

    assertZero(
        r, "arbitrage_opportunities_total", "agent_id", "arb_1", "market_pair", "AAPL-NASDAQ");
    for (String status : List.of("success", "partial", "failed")) {
      assertZero(
          r,
          "arbitrage_executions_total",
          "agent_id",
          "arb_1",
          "market_pair",
          "AAPL-NASDAQ",
          "status",
          status);
    }
    assertZero(
        r,
        "arbitrage_execution_latency_seconds",
        "agent_id",
        "arb_1",
        "market_pair",
        "AAPL-NASDAQ");
    assertThat(Scrape.points(r, "arbitrage_success_rate")).isEmpty();
  }

  @Test
  void portfolioStartsWithEveryRebalanceTriggerAtZero() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    m.initializePortfolio("portfolio_1", "sharpe_maximization");
    PrometheusRegistry r = m.registry();

    assertZero(
        r,
        "portfolio_optimization_runs_total",
        "agent_id",
        "portfolio_1",
        "optimization_type",
        "sharpe_maximization");
    assertZero(
        r,
        "portfolio_optimization_latency_seconds",
        "agent_id",
        "portfolio_1",
        "optimization_type",
        "sharpe_maximization");
    for (String trigger : List.of("scheduled", "drift", "risk")) {
      assertZero(r, "portfolio_rebalance_total", "agent_id", "portfolio_1", "trigger", trigger);
    }
  }

  @Test
  void riskManagerStartsWithEveryCheckViolationAndActionAtZero() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    m.initializeRiskManager("risk_1");
    PrometheusRegistry r = m.registry();

    List<String> checks =
        List.of(
            "position_limit",
            "order_notional",
            "order_rate",
            "buying_power",
            "drawdown",
            "var_limit",
            "exposure",
            "session_loss");
    for (String check : checks) {
      assertZero(r, "risk_manager_checks_total", "agent_id", "risk_1", "check_type", check);
      assertZero(r, "risk_check_latency_seconds", "agent_id", "risk_1", "check_type", check);
      for (String severity : List.of("warning", "critical")) {
        assertZero(
            r,
            "risk_violations_total",
            "agent_id",
            "risk_1",
            "severity",
            severity,
            "violation_type",
            check);
      }
    }
    for (String action :
        List.of("reject_order", "reduce_position", "halt_trading", "resume_trading")) {
      assertZero(r, "risk_manager_actions_total", "action_type", action, "agent_id", "risk_1");
    }
    assertThat(Scrape.points(r, "risk_violations_total")).hasSize(16);
  }

  @Test
  void agentStartsWithItsEpisodeCounterAtZero() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    m.initializeAgent("mm_1", "market_maker");
    assertZero(
        m.registry(),
        "specialized_agent_episodes_total",
        "agent_id",
        "mm_1",
        "agent_type",
        "market_maker");
    assertThat(Scrape.points(m.registry(), "specialized_agent_reward")).isEmpty();
  }

  @Test
  void coordinationErrorTypesCanStartAtZero() {
    MultiAgentMetrics m = new MultiAgentMetrics();
    CoordinationMetrics view = m.coordination("centralized");
    view.initializeError("episode_failed");
    assertZero(
        m.registry(),
        "multi_agent_errors_total",
        "coordination_type",
        "centralized",
        "error_type",
        "episode_failed");
    view.error("episode_failed");
    view.initializeError("episode_failed");
    assertThat(
            Scrape.value(
                m.registry(),
                "multi_agent_errors_total",
                "coordination_type",
                "centralized",
                "error_type",
                "episode_failed"))
        .hasValue(1.0);
  }

  @Test
  void initializingAgainKeepsWhatWasRecorded() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    m.recordMarketMakerQuote("mm_1", "AAPL", "ask");
    m.initializeMarketMaker("mm_1", "AAPL");
    assertThat(
            Scrape.value(
                m.registry(),
                "market_maker_quotes_total",
                "agent_id",
                "mm_1",
                "side",
                "ask",
                "symbol",
                "AAPL"))
        .hasValue(1.0);
  }

  private static void assertZero(PrometheusRegistry registry, String family, String... labelPairs) {
    assertThat(Scrape.value(registry, family, labelPairs))
        .as("%s%s", family, List.of(labelPairs))
        .hasValue(0.0);
  }
}
