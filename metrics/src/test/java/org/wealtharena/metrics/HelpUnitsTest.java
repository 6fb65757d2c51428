package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The help texts of the performance figures and of the gauges that describe one simulated world
 * name their unit, and the latter say that they come from the watched episode (catalog: "What the
 * performance figures mean").
 */
class HelpUnitsTest {

  /** Family to the words of its help text that give its unit. */
  private static final Map<String, String> MULTI_AGENT_UNITS =
      Map.of(
          "multi_agent_sharpe_ratio", "dimensionless",
          "multi_agent_win_rate", "ratio 0..1",
          "multi_agent_total_return", "ratio",
          "multi_agent_coordination_value_dollars", "dollars",
          "agent_coordination_efficiency", "ratio 0..1",
          "shared_resource_utilization", "ratio 0..1",
          "active_agents_count", "count");

  private static final Map<String, String> SPECIALIZED_UNITS =
      Map.of(
          "market_maker_spread", "dollars",
          "market_maker_fill_rate", "ratio 0..1",
          "market_maker_inventory", "shares",
          "market_maker_pnl", "dollars",
          "arbitrage_profit", "dollars",
          "arbitrage_spread", "dollars",
          "arbitrage_success_rate", "ratio 0..1",
          "arbitrage_realized_edge", "dollars per share",
          "specialized_agent_reward", "reward units");

  private static final String WATCHED = "watched episode";

  @Test
  void performanceFiguresAndOneWorldGaugesNameTheirUnit() {
    assertUnits(new MultiAgentMetrics().registry(), MULTI_AGENT_UNITS);
    assertUnits(new SpecializedAgentMetrics().registry(), SPECIALIZED_UNITS);
  }

  @Test
  void gaugesOfOneWorldSayTheyComeFromTheWatchedEpisode() {
    PrometheusRegistry specialized = new SpecializedAgentMetrics().registry();
    SPECIALIZED_UNITS.keySet().forEach(f -> assertThat(help(specialized, f)).contains(WATCHED));
    PrometheusRegistry multi = new MultiAgentMetrics().registry();
    for (String family :
        new String[] {
          "agent_coordination_efficiency", "shared_resource_utilization", "active_agents_count"
        }) {
      assertThat(help(multi, family)).contains(WATCHED);
    }
    assertThat(help(multi, "multi_agent_sharpe_ratio"))
        .contains("per-episode returns", "not set under 10 episodes");
  }

  private static void assertUnits(PrometheusRegistry registry, Map<String, String> units) {
    units.forEach((family, unit) -> assertThat(help(registry, family)).as(family).contains(unit));
  }

  private static String help(PrometheusRegistry registry, String family) {
    for (MetricSnapshot snapshot : registry.scrape()) {
      if (snapshot.getMetadata().getName().equals(family)) {
        return snapshot.getMetadata().getHelp();
      }
    }
    throw new AssertionError("no family " + family);
  }
}
