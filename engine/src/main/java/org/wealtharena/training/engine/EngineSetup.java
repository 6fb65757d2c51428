package org.wealtharena.training.engine;

import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * What every engine is opened with: the episode threads of an in-process engine, the environment,
 * and the endpoints that serve, into which the episodes' metrics go wherever they ran.
 */
public record EngineSetup(
    int threads,
    EpisodeEnvironment environment,
    MultiAgentMetrics multiAgent,
    SpecializedAgentMetrics specialized) {

  public EngineSetup {
    if (environment == null || multiAgent == null || specialized == null) {
      throw new IllegalArgumentException("environment and both endpoints must be given");
    }
  }
}
