package org.wealtharena.coordination;

/**
 * One episode of the team on the market: which coordination, which seed (the market's and every
 * agent's randomness derive from it), how long in simulated time, how often agents decide, and
 * whether it is the watched episode, whose world the gauges describe. Of a batch of parallel
 * episodes only slot 0 is watched ({@link #slot}); the others count into counters and histograms
 * and leave the gauges alone.
 */
public record TeamEpisodeSpec(
    CoordinationType coordination,
    long seed,
    long durationNanos,
    long decisionStepNanos,
    boolean watched)
    implements java.io.Serializable {

  /** A watched episode: one that runs alone. */
  public TeamEpisodeSpec(
      CoordinationType coordination, long seed, long durationNanos, long decisionStepNanos) {
    this(coordination, seed, durationNanos, decisionStepNanos, true);
  }

  /** Whether the episode in {@code slot} (0, 1, ...) of a parallel batch is the watched one. */
  public static boolean watchedSlot(int slot) {
    return slot == 0;
  }

  public TeamEpisodeSpec {
    if (coordination == null) {
      throw new IllegalArgumentException("coordination must be given");
    }
    if (durationNanos <= 0) {
      throw new IllegalArgumentException("durationNanos must be positive, got " + durationNanos);
    }
    if (decisionStepNanos <= 0 || decisionStepNanos > durationNanos) {
      throw new IllegalArgumentException(
          "decisionStepNanos must be in (0, durationNanos], got " + decisionStepNanos);
    }
  }
}
