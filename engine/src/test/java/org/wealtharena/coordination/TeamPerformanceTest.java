package org.wealtharena.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;

class TeamPerformanceTest {

  private static TeamEpisodeResult episode(double teamSharpe, double mmSharpe, double arbWin) {
    return new TeamEpisodeResult(
        1,
        0,
        teamSharpe,
        0.5,
        0.01,
        List.of(
            new AgentEpisodeResult("mm-1", "market_maker", 0, 0, mmSharpe, 0.4, -0.01),
            new AgentEpisodeResult("arb-1", "arbitrage", 0, 0, 3.0, arbWin, 0.02),
            new AgentEpisodeResult(
                "risk-1", "risk_manager", 0, 0, Double.NaN, Double.NaN, Double.NaN)));
  }

  @Test
  void groupsAreTheTeamThenEachTradingAgentTypeWithFiniteMeans() {
    TeamPerformance p =
        TeamPerformance.of(List.of(episode(2.0, 1.0, 0.9), episode(4.0, Double.NaN, 0.7)));

    assertThat(p.byGroup().keySet()).containsExactly("all", "market_maker", "arbitrage");
    assertThat(p.team().sharpe()).isEqualTo(3.0);
    assertThat(p.byGroup().get("market_maker").sharpe()).as("NaN episode left out").isEqualTo(1.0);
    assertThat(p.byGroup().get("arbitrage").winRate()).isEqualTo(0.8);
  }

  @Test
  void recordsEveryGroupAndNothingForTheRiskManager() {
    MultiAgentMetrics metrics = new MultiAgentMetrics();
    TeamPerformance.of(List.of(episode(2.0, 1.0, 0.9)))
        .recordTo(metrics.coordination("hierarchical"));

    assertThat(
            Scrape.value(
                metrics.registry(),
                "multi_agent_win_rate",
                "agent_group",
                "arbitrage",
                "coordination_type",
                "hierarchical"))
        .hasValue(0.9);
    assertThat(
            Scrape.value(
                metrics.registry(),
                "multi_agent_total_return",
                "agent_group",
                "market_maker",
                "coordination_type",
                "hierarchical"))
        .hasValue(-0.01);
    assertThat(
            Scrape.value(
                metrics.registry(),
                "multi_agent_sharpe_ratio",
                "agent_group",
                "all",
                "coordination_type",
                "hierarchical"))
        .hasValue(2.0);
    assertThat(Scrape.points(metrics.registry(), "wealtharena_metrics_rejected")).isEmpty();
  }
}
