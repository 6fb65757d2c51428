package org.wealtharena.coordination;

import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.ArbitrageMarkets;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/** Environments and specs the coordination tests share. */
final class TeamEnvironments {
  private TeamEnvironments() {}

  static MultiAgentMetrics strictMultiAgent() {
    return new MultiAgentMetrics(MetricsOptions.builder().strict(true).build());
  }

  static TeamEnvironment environment(MultiAgentMetrics metrics, TeamConfig team) {
    return new TeamEnvironment(
        ArbitrageMarkets.slowCompetition(),
        team,
        metrics,
        new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build()));
  }

  static TeamEnvironment environment(MultiAgentMetrics metrics) {
    return environment(metrics, TeamConfig.defaults());
  }

  static TeamEpisodeSpec spec(CoordinationType type, long seed, long durationNanos) {
    return new TeamEpisodeSpec(type, seed, durationNanos, SimulationClock.SECOND);
  }
}
