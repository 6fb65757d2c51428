package org.wealtharena.cli;

import java.nio.file.Path;
import java.util.List;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/** The default team on the configured market, and the fixed heuristic a trained policy must beat. */
record Team(TeamEpisodeRunner runner, AllocationPolicies heuristic) {

  /** @param warnings collects what the bar reader skipped or repaired when a CSV is replayed */
  static Team onMarket(TrainingConfig config, MultiAgentMetrics multiAgent, SpecializedAgentMetrics specialized,
      List<String> warnings) {
    return new Team(
        new TeamEnvironment(MarketChoice.of(config.market().symbols(),
            config.market().csv().map(Path::of).orElse(null), warnings),
            TeamConfig.defaults(), multiAgent, specialized),
        new HeuristicPolicies());
  }
}
