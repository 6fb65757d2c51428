package org.wealtharena.training.trainer;

import java.util.SplittableRandom;
import org.wealtharena.market.Seeds;

/**
 * Every seed of a run, derived from its master seed by position rather than drawn from a shared
 * generator, so an episode's randomness does not depend on which thread ran it or on whether the
 * run was resumed. Training episodes get even seeds and held-out evaluation episodes odd ones, so
 * the two sets are disjoint by construction, not just with high probability.
 */
final class TrainingSeeds {

  private final long masterSeed;

  TrainingSeeds(long masterSeed) {
    this.masterSeed = masterSeed;
  }

  /**
   * The market seed of training episode {@code episode} (0-based) of {@code iteration} (1-based).
   */
  long trainingEpisode(int iteration, int episode) {
    return Seeds.derive(masterSeed, "training-episode", iteration, episode) & ~1L;
  }

  /** The market seed of held-out evaluation episode {@code episode} (0-based). */
  long evaluationEpisode(int episode) {
    return Seeds.derive(masterSeed, "evaluation-episode", episode) | 1L;
  }

  /**
   * The generator that samples {@code role}'s actions in the training episode with market seed
   * {@code episodeSeed}.
   */
  static SplittableRandom actions(long episodeSeed, String role) {
    return new SplittableRandom(Seeds.derive(episodeSeed, "actions:" + role));
  }

  /** The initialisation (and minibatch shuffling) seed of {@code role}'s learner. */
  long learner(String role) {
    return Seeds.derive(masterSeed, "learner:" + role);
  }
}
