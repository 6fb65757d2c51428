package org.wealtharena.training.trainer;

import java.io.Serializable;
import java.util.SplittableRandom;
import org.wealtharena.market.Seeds;

/**
 * Every seed of one run of a multi-seed experiment, derived from the master seed and the run's
 * index by position rather than drawn from a shared generator, so an episode's randomness does not
 * depend on which thread ran it or on whether the run was resumed.
 *
 * <p>A market seed's bits say where it belongs: bits 63-62 hold its {@link Stream} (training,
 * held-out evaluation, out-of-distribution evaluation), bits 61-48 the run index, bits 47-0 a hash
 * of the master seed, the stream and the episode's position. Two seeds of different streams or of
 * different runs therefore never coincide, by construction and not just with high probability: no
 * run is evaluated on a market any run trained on, and every run gets held-out markets of its own.
 */
public final class TrainingSeeds implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where a market seed is used; its ordinal is the seed's top two bits. */
  public enum Stream {
    TRAINING,
    EVALUATION,
    OUT_OF_DISTRIBUTION;

    /** The stream a market seed of these seeds belongs to. */
    public static Stream of(long seed) {
      return values()[(int) (seed >>> STREAM_SHIFT)];
    }
  }

  /** Runs one master seed can have: the run index has {@value #RUN_BITS} bits of the seed. */
  public static final int MAX_RUNS = 1 << 14;

  private static final int RUN_BITS = 14;
  private static final int RUN_SHIFT = 48;
  private static final int STREAM_SHIFT = RUN_SHIFT + RUN_BITS;
  private static final long HASH_MASK = (1L << RUN_SHIFT) - 1;

  private final long masterSeed;
  private final int run;

  /**
   * @param run the run's index, 0 .. {@link #MAX_RUNS} - 1
   */
  public TrainingSeeds(long masterSeed, int run) {
    if (run < 0 || run >= MAX_RUNS) {
      throw new IllegalArgumentException("run index must be in [0, " + MAX_RUNS + "), got " + run);
    }
    this.masterSeed = masterSeed;
    this.run = run;
  }

  /** The run index a market seed of these seeds carries. */
  public static int runOf(long seed) {
    return (int) ((seed >>> RUN_SHIFT) & (MAX_RUNS - 1));
  }

  /**
   * The market seed of training episode {@code episode} (0-based) of {@code iteration} (1-based).
   */
  public long trainingEpisode(int iteration, int episode) {
    return seed(Stream.TRAINING, iteration, episode);
  }

  /** The market seed of held-out evaluation episode {@code episode} (0-based). */
  public long evaluationEpisode(int episode) {
    return seed(Stream.EVALUATION, 0, episode);
  }

  /** The market seed of out-of-distribution evaluation episode {@code episode} (0-based). */
  public long outOfDistributionEpisode(int episode) {
    return seed(Stream.OUT_OF_DISTRIBUTION, 0, episode);
  }

  private long seed(Stream stream, int iteration, int episode) {
    long hash = Seeds.derive(masterSeed, "episode:" + stream.name(), run, iteration, episode);
    return ((long) stream.ordinal() << STREAM_SHIFT)
        | ((long) run << RUN_SHIFT)
        | (hash & HASH_MASK);
  }

  /**
   * The generator that samples {@code role}'s actions in the training episode with market seed
   * {@code episodeSeed}.
   */
  static SplittableRandom actions(long episodeSeed, String role) {
    return new SplittableRandom(Seeds.derive(episodeSeed, "actions:" + role));
  }

  /** The seed of the candidates of this run's best-constant search. */
  public long bestConstantSearch() {
    return Seeds.derive(masterSeed, "best-constant-search", run);
  }

  /** The initialisation (and minibatch shuffling) seed of {@code role}'s learner in this run. */
  long learner(String role) {
    return Seeds.derive(masterSeed, "learner:" + role, run);
  }
}
