package org.wealtharena.agents;

import java.util.List;

/**
 * What an episode produced: one outcome per trading agent in team order, then the risk manager's.
 * {@code wallNanos} is the wall time the steps took, for reporting only; nothing else in the result
 * depends on wall time, so the same seed gives equal outcomes.
 */
public record EpisodeOutcomes(List<AgentOutcome> outcomes, long steps, long wallNanos) {

  public EpisodeOutcomes {
    outcomes = List.copyOf(outcomes);
  }

  public AgentOutcome outcome(String agentId) {
    return outcomes.stream()
        .filter(o -> o.agentId().equals(agentId))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no agent " + agentId + " in this episode"));
  }

  /** Mean wall time of one decision step in microseconds. */
  public double meanStepMicros() {
    return steps == 0 ? 0 : wallNanos / 1e3 / steps;
  }
}
