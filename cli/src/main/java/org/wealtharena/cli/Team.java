package org.wealtharena.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * The default team on the configured market, and the fixed heuristic a trained policy must beat.
 */
record Team(TeamEpisodeRunner runner, AllocationPolicies heuristic) {

  /**
   * @param err where the warnings of a replayed CSV go (bars the reader skipped or repaired)
   */
  static Team onMarket(
      TrainingConfig config,
      MultiAgentMetrics multiAgent,
      SpecializedAgentMetrics specialized,
      PrintWriter err) {
    List<String> warnings = new ArrayList<>();
    Team team =
        new Team(
            new TeamEnvironment(
                MarketChoice.of(
                    config.market().symbols(),
                    config.market().csv().map(Path::of).orElse(null),
                    warnings),
                TeamConfig.defaults(),
                multiAgent,
                specialized),
            new HeuristicPolicies());
    MarketChoice.printWarnings(err, warnings);
    return team;
  }
}
