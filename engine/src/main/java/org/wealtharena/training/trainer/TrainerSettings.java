package org.wealtharena.training.trainer;

import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.training.ppo.PpoConfig;

/**
 * What a training run does.
 *
 * @param runId names the run in metrics and checkpoints (a resumed run keeps its checkpoint's)
 * @param iterations the run's last iteration (a resumed run goes on up to it)
 * @param episodesPerIteration episodes collected, in parallel, before each update
 * @param seed master seed of every random stream of the run
 */
public record TrainerSettings(
    String runId,
    CoordinationType coordination,
    int iterations,
    int episodesPerIteration,
    long seed,
    long episodeDurationNanos,
    long decisionStepNanos,
    PpoConfig ppo) {

  public TrainerSettings {
    if (runId == null || runId.isBlank()) {
      throw new IllegalArgumentException("runId must not be blank");
    }
    if (iterations < 1 || episodesPerIteration < 1) {
      throw new IllegalArgumentException(
          "iterations and episodesPerIteration must be at least 1, got "
              + iterations
              + " and "
              + episodesPerIteration);
    }
    // validates coordination, duration and decision step
    new TeamEpisodeSpec(coordination, seed, episodeDurationNanos, decisionStepNanos);
  }

  /** The episode of {@code episodeSeed} in {@code slot} of its iteration's parallel batch. */
  TeamEpisodeSpec episode(long episodeSeed, int slot) {
    return new TeamEpisodeSpec(
        coordination,
        episodeSeed,
        episodeDurationNanos,
        decisionStepNanos,
        TeamEpisodeSpec.watchedSlot(slot));
  }
}
