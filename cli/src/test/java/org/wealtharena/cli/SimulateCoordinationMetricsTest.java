package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.MetricsCadence;
import org.wealtharena.agents.risk.RiskLimits;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.PromTool;
import org.wealtharena.metrics.testing.Scrape;

/**
 * One {@code simulate --coordination hierarchical} episode fills every coordination family of
 * endpoint 1. {@code simulate} keeps its registries to itself, so the test runs the command's
 * engine, {@link CoordinatedTeamSimulation#run}, with registries it can scrape.
 */
class SimulateCoordinationMetricsTest {

  /** Endpoint-1 families a coordinated episode (and simulate's aggregation of it) records. */
  private static final List<String> COORDINATION_FAMILIES =
      List.of(
          "agent_coordination_overhead_seconds",
          "agent_communication_total",
          "agent_coordination_efficiency",
          "shared_resource_utilization",
          "inter_agent_reward_distribution",
          "active_agents_count",
          "agent_episodes_total",
          "coordination_method_usage_total",
          "coordination_decision_latency_seconds",
          "shared_environment_steps_total",
          "shared_environment_conflicts_total",
          "multi_agent_errors_total",
          "multi_agent_win_rate",
          "multi_agent_total_return");

  /**
   * The one lint finding the catalog fixes: the family's name ends in _count (see
   * CatalogConformanceTest).
   */
  static final String ACTIVE_AGENTS_COUNT_LINT =
      "active_agents_count non-histogram and non-summary metrics should not have \"_count\" suffix";

  @Test
  void oneHierarchicalEpisodeFillsEveryCoordinationFamilyAndPassesPromtool() {
    PromTool promtool = PromTool.require();
    MetricsOptions strict = MetricsOptions.builder().strict(true).build();
    MultiAgentMetrics multiAgent = new MultiAgentMetrics(strict);
    long twoMinutes = 2 * SimulationClock.MINUTE;

    CoordinatedTeamSimulation.run(
        MarketConfig.defaultMarket(),
        CoordinationType.HIERARCHICAL,
        42,
        twoMinutes,
        1,
        1,
        RiskLimits.defaults(),
        multiAgent,
        new SpecializedAgentMetrics(strict));

    PrometheusRegistry registry = multiAgent.registry();
    for (String family : COORDINATION_FAMILIES) {
      assertThat(Scrape.points(registry, family)).as(family).isNotEmpty();
    }
    String hierarchical = CoordinationType.HIERARCHICAL.label();
    assertThat(
            Scrape.value(
                registry, "shared_environment_steps_total", "coordination_type", hierarchical))
        .hasValue(120);
    assertThat(
            Scrape.value(
                registry,
                "agent_coordination_overhead_seconds",
                "coordination_type",
                hierarchical,
                "method",
                "routing"))
        .as("step 0 and every %dth after it is timed", MetricsCadence.TIME_EVERY)
        .hasValue((120 + MetricsCadence.TIME_EVERY - 1) / MetricsCadence.TIME_EVERY);
    // three traders and the risk manager, one episode each
    assertThat(
            Scrape.value(
                registry, "inter_agent_reward_distribution", "coordination_type", hierarchical))
        .hasValue(4);
    assertThat(
            Scrape.value(
                registry,
                "agent_episodes_total",
                "agent_id",
                "risk-1",
                "agent_type",
                "risk_manager",
                "coordination_type",
                hierarchical))
        .hasValue(1);
    assertThat(
            Scrape.value(
                registry,
                "coordination_decision_latency_seconds",
                "method",
                "meta_allocation",
                "coordination_type",
                hierarchical))
        .hasValue(2);
    assertThat(
            Scrape.value(
                registry,
                "multi_agent_win_rate",
                "coordination_type",
                hierarchical,
                "agent_group",
                "all"))
        .isPresent();
    assertThat(Scrape.points(registry, "multi_agent_sharpe_ratio"))
        .as("one episode: no Sharpe ratio")
        .isEmpty();

    promtool.assertValidMetrics(Scrape.text(registry), ACTIVE_AGENTS_COUNT_LINT);
  }

  @Test
  void tenParallelEpisodesPublishTheSharpeRatioOfTheirReturnsAndPassPromtool() {
    PromTool promtool = PromTool.require();
    MetricsOptions strict = MetricsOptions.builder().strict(true).build();
    MultiAgentMetrics multiAgent = new MultiAgentMetrics(strict);
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics(strict);

    CoordinatedTeamSimulation.Summary summary =
        CoordinatedTeamSimulation.run(
            MarketConfig.defaultMarket(),
            CoordinationType.HIERARCHICAL,
            42,
            SimulationClock.MINUTE,
            10,
            2,
            RiskLimits.defaults(),
            multiAgent,
            specialized);

    CoordinatedTeamSimulation.GroupFigures all = summary.performance().get(0);
    assertThat(all.group()).isEqualTo("all");
    assertThat(all.episodes()).isEqualTo(10);
    assertThat(
            Scrape.value(
                multiAgent.registry(),
                "multi_agent_sharpe_ratio",
                "coordination_type",
                CoordinationType.HIERARCHICAL.label(),
                "agent_group",
                "all"))
        .hasValue(all.sharpe());
    assertThat(all.sharpeStandardError()).isPositive();
    assertThat(all.winRate()).isBetween(0.0, 1.0);
    promtool.assertValidMetrics(Scrape.text(multiAgent.registry()), ACTIVE_AGENTS_COUNT_LINT);
    promtool.assertValidMetrics(Scrape.text(specialized.registry()));
  }
}
