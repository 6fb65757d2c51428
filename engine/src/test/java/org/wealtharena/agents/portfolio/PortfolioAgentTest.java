package org.wealtharena.agents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.SpecializedAgentsEpisode;
import org.wealtharena.agents.portfolio.optimization.OptimizationType;
import org.wealtharena.agents.portfolio.rebalance.RebalancePolicy;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;

/** Each rebalance trigger, isolated by a policy that disables the others, fires and is recorded. */
class PortfolioAgentTest {
  private static final double OFF = Double.POSITIVE_INFINITY;
  private static final int NEVER = 1_000_000;

  /** A risk aversion so high that any change of weights is worth its cost. */
  private static final double EAGER = 1e12;

  private final SpecializedAgentMetrics metrics =
      new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());

  /** Runs the portfolio agent alone (with the risk manager) for {@code steps} one-second steps. */
  private void run(RebalancePolicy policy, int cooldownSteps, int steps) {
    run(policy, cooldownSteps, steps, EAGER);
  }

  private PortfolioSummary run(
      RebalancePolicy policy, int cooldownSteps, int steps, double riskAversion) {
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), 5);
    PortfolioAgentConfig config =
        new PortfolioAgentConfig(
            "pf-test",
            "NYSE",
            simulation.symbols(),
            OptimizationType.SHARPE_MAXIMIZATION,
            20,
            1,
            4,
            policy,
            cooldownSteps,
            0.4,
            1_000_000_000L,
            riskAversion,
            1.0 / 3);
    PortfolioAgent agent = new PortfolioAgent(config, metrics);
    Budget budget = Budget.ofDollars(1_000_000, 50_000);
    SpecializedAgentsEpisode episode =
        SpecializedAgentsEpisode.builder(simulation, metrics).agent(agent, budget).build();
    for (int i = 0; i < steps; i++) {
      episode.step();
    }
    return agent.summary(budget);
  }

  private double rebalances(String trigger) {
    return Scrape.value(
            metrics.registry(),
            "portfolio_rebalance_total",
            "agent_id",
            "pf-test",
            "trigger",
            trigger)
        .orElseThrow();
  }

  private double runs(String type) {
    return Scrape.value(
            metrics.registry(),
            "portfolio_optimization_runs_total",
            "agent_id",
            "pf-test",
            "optimization_type",
            type)
        .orElse(0);
  }

  @Test
  void scheduledRebalancesFireOnTheirSchedule() {
    PortfolioSummary summary = run(new RebalancePolicy(30, 1.0, OFF, OFF), 0, 120, EAGER);
    // Samples from step 1; the first optimisation needs 4 of them, then one every 30 steps; each
    // is traded unless it is not worth its cost.
    assertThat(summary.rebalances() + summary.skippedForCost()).isEqualTo(4);
    assertThat(rebalances("scheduled")).isEqualTo(summary.rebalances()).isPositive();
    assertThat(rebalances("drift") + rebalances("risk")).isZero();
    assertThat(runs("sharpe_maximization") + runs("min_variance")).isEqualTo(4);
    assertThat(Scrape.value(metrics.registry(), "portfolio_turnover", "agent_id", "pf-test"))
        .isPresent();
    assertThat(
            Scrape.value(
                    metrics.registry(),
                    "portfolio_risk_metrics",
                    "agent_id",
                    "pf-test",
                    "risk_type",
                    "cvar_95")
                .orElseThrow())
        .isGreaterThanOrEqualTo(
            Scrape.value(
                    metrics.registry(),
                    "portfolio_risk_metrics",
                    "agent_id",
                    "pf-test",
                    "risk_type",
                    "var_95")
                .orElseThrow());
  }

  @Test
  void weightDriftBeyondTheBandTriggersARebalance() {
    // The first allocation is scheduled; IOC orders at the touch fill only part of it, so the
    // held weights are far from the targets once the cooldown is over.
    run(new RebalancePolicy(NEVER, 0.02, OFF, OFF), 10, 120);
    assertThat(rebalances("scheduled")).isEqualTo(1);
    assertThat(rebalances("drift")).isGreaterThanOrEqualTo(1);
    assertThat(rebalances("risk")).isZero();
  }

  @Test
  void valueAtRiskBeyondItsThresholdTriggersAMinimumVarianceRebalance() {
    run(new RebalancePolicy(NEVER, 1.0, OFF, 1e-9), 10, 120);
    assertThat(rebalances("scheduled")).isEqualTo(1);
    assertThat(rebalances("risk")).isGreaterThanOrEqualTo(1);
    assertThat(runs("min_variance")).isGreaterThanOrEqualTo(rebalances("risk"));
  }

  @Test
  void onceInvestedItTradesOnlyWhatIsWorthItsCost() {
    RebalancePolicy everyHalfMinute = new RebalancePolicy(30, 0.5, OFF, OFF);
    // Indifferent to risk: the cost gate turns reviews down, yet the agent invests its capital.
    // (That a very risk-averse agent trades more often held on the market without background
    // arbitrageurs and stochastic volatility, not on today's default market: issue 13 is open.)
    PortfolioSummary indifferent = run(everyHalfMinute, 0, 600, 1e-12);
    assertThat(indifferent.skippedForCost()).isPositive();
    assertThat(indifferent.rebalances()).as("it still invests its capital").isPositive();
  }

  @Test
  void badConfigIsRejectedNamingTheField() {
    assertThatThrownBy(() -> minVarianceOverTwo(3, 0.5)).hasMessageContaining("windowSamples");
    assertThatThrownBy(() -> minVarianceOverTwo(10, 0.4)).hasMessageContaining("maxWeight");
  }

  /** Min variance over two symbols; 0.4 cannot invest fully in two. */
  private static PortfolioAgentConfig minVarianceOverTwo(int windowSamples, double maxWeight) {
    return new PortfolioAgentConfig(
        "pf",
        "NYSE",
        java.util.List.of("A", "B"),
        OptimizationType.MIN_VARIANCE,
        windowSamples,
        1,
        4,
        new RebalancePolicy(10, 0.1, OFF, OFF),
        0,
        maxWeight,
        0,
        EAGER,
        1.0 / 3);
  }
}
