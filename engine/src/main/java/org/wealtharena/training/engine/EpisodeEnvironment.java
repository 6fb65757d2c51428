package org.wealtharena.training.engine;

import java.io.Serializable;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * How to build the team's episode runner wherever episodes run: in this process on the serving
 * endpoints, or on a cluster executor on recording ones. Sent once per engine, so it should hold
 * what it is built from (settings, file names), not the built market; what it builds may be kept in
 * transient fields of its own.
 */
@FunctionalInterface
public interface EpisodeEnvironment extends Serializable {

  /** A runner whose episodes record into these endpoints. */
  TeamEpisodeRunner runner(MultiAgentMetrics multiAgent, SpecializedAgentMetrics specialized);
}
