package org.wealtharena.coordination;

/**
 * One episode of the team on the market: which coordination, which seed (the market's and every
 * agent's randomness derive from it), how long in simulated time, and how often agents decide.
 */
public record TeamEpisodeSpec(
    CoordinationType coordination, long seed, long durationNanos, long decisionStepNanos) {

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
