package org.wealtharena.training.trainer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a run ended.
 *
 * @param firstIteration 1, or the iteration after the checkpoint the run resumed from
 * @param meanRewardPerIteration mean episode reward of every iteration 1..last, resumed ones
 *     included
 * @param policies the trained learners
 * @param failedEpisodes episodes of this session that ended in an exception
 * @param skippedUpdates updates of this session skipped for a non-finite value
 * @param lastCheckpoint the newest checkpoint written by this session, if any
 * @param diagnostics each role's PPO diagnostics of every iteration 1..last, resumed ones included
 *     (as far as their checkpoint held them)
 */
public record TrainingResult(
    String runId,
    int firstIteration,
    double[] meanRewardPerIteration,
    LearnedPolicies policies,
    int failedEpisodes,
    int skippedUpdates,
    Optional<Path> lastCheckpoint,
    double wallSeconds,
    PpoDiagnostics diagnostics) {

  public TrainingResult {
    meanRewardPerIteration = meanRewardPerIteration.clone();
  }

  @Override
  public double[] meanRewardPerIteration() {
    return meanRewardPerIteration.clone();
  }

  public int lastIteration() {
    return meanRewardPerIteration.length;
  }
}
