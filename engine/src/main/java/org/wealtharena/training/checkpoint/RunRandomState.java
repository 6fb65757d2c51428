package org.wealtharena.training.checkpoint;

/**
 * The run's randomness as a seed plus counters. Enough to continue a run exactly because every
 * random stream is derived from (seed, iteration, episode) rather than drawn from a shared
 * generator.
 *
 * @param seed the run's master seed
 * @param episodesCompleted episodes finished so far over all iterations
 */
public record RunRandomState(long seed, long episodesCompleted) {

  public RunRandomState {
    if (episodesCompleted < 0) {
      throw new IllegalArgumentException(
          "episodesCompleted must not be negative, got " + episodesCompleted);
    }
  }
}
