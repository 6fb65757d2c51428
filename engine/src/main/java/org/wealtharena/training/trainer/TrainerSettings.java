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
 * @param seed master seed of every random stream of the experiment the run belongs to
 * @param run the run's index among the experiment's runs (0 .. {@code --seeds} - 1): with the
 *     master seed it picks the run's own seeds ({@link TrainingSeeds})
 */
public record TrainerSettings(
    String runId,
    CoordinationType coordination,
    int iterations,
    int episodesPerIteration,
    long seed,
    int run,
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
    new TrainingSeeds(seed, run); // validates the run index
    // validates coordination, duration and decision step
    new TeamEpisodeSpec(coordination, seed, episodeDurationNanos, decisionStepNanos);
  }

  /** The seeds of this run. */
  public TrainingSeeds seeds() {
    return new TrainingSeeds(seed, run);
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
