package org.wealtharena.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.market.regime.RegimeShares;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;

class TeamPerformanceTest {

  /** An episode where the market maker made {@code mmPnl} and the arbitrageur {@code arbPnl}. */
  private static TeamEpisodeResult episode(long seed, double mmPnl, double arbPnl) {
    return new TeamEpisodeResult(
        seed,
        0,
        1800,
        new AgentEpisodeResult("all", "all", 0, mmPnl + arbPnl, 100_000),
        List.of(
            new AgentEpisodeResult("mm-1", "market_maker", 0, mmPnl, 40_000),
            new AgentEpisodeResult("arb-1", "arbitrage", 0, arbPnl, 60_000),
            new AgentEpisodeResult("risk-1", "risk_manager", 0, 0, Double.NaN)),
        new RegimeShares(new double[] {1, 0, 0, 0, 0, 0}));
  }

  @Test
  void groupsAreTheTeamThenEachTradingAgentTypeFromTheirEpisodeReturns() {
    TeamPerformance p =
        TeamPerformance.of(List.of(episode(1, 400, -60), episode(2, -200, 300), episode(3, 0, 60)));

    assertThat(p.byGroup().keySet()).containsExactly("all", "market_maker", "arbitrage");
    // winning episodes: team 340, 100, 60 -> 3 of 3; market maker 400 -> 1 of 3; arbitrage 2 of 3
    assertThat(p.team().winRate()).isEqualTo(1.0);
    assertThat(p.byGroup().get("market_maker").winRate()).isEqualTo(1 / 3.0);
    assertThat(p.byGroup().get("arbitrage").winRate()).isEqualTo(2 / 3.0);
    // mean episode PnL / capital budget
    assertThat(p.team().totalReturn()).isCloseTo(500 / 3.0 / 100_000, within(1e-15));
    assertThat(p.byGroup().get("market_maker").totalReturn())
        .isCloseTo(200 / 3.0 / 40_000, within(1e-15));
    assertThat(p.team().sharpe().published()).as("3 episodes").isFalse();
  }

  @Test
  void publishesTheSharpeRatioFromTenEpisodesOnAndNothingForTheRiskManager() {
    List<TeamEpisodeResult> episodes = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      episodes.add(episode(i, 100 * (i % 3) - 50, 10 * i));
    }
    MultiAgentMetrics nine = new MultiAgentMetrics();
    TeamPerformance.of(episodes).recordTo(nine.coordination("hierarchical"));
    assertThat(sharpe(nine, "all")).as("not published under 10 episodes").isEmpty();
    assertThat(winRate(nine, "arbitrage")).hasValue(8 / 9.0);

    episodes.add(episode(9, 150, 90));
    MultiAgentMetrics ten = new MultiAgentMetrics();
    TeamPerformance performance = TeamPerformance.of(episodes);
    performance.recordTo(ten.coordination("hierarchical"));
    assertThat(sharpe(ten, "all")).hasValue(performance.team().sharpe().value());
    assertThat(performance.team().sharpe().episodes()).isEqualTo(10);
    assertThat(sharpe(ten, "risk_manager")).isEmpty();
    assertThat(Scrape.points(ten.registry(), "wealtharena_metrics_rejected")).isEmpty();
  }

  private static java.util.OptionalDouble sharpe(MultiAgentMetrics m, String group) {
    return Scrape.value(
        m.registry(),
        "multi_agent_sharpe_ratio",
        "agent_group",
        group,
        "coordination_type",
        "hierarchical");
  }

  private static java.util.OptionalDouble winRate(MultiAgentMetrics m, String group) {
    return Scrape.value(
        m.registry(),
        "multi_agent_win_rate",
        "agent_group",
        group,
        "coordination_type",
        "hierarchical");
  }
}
