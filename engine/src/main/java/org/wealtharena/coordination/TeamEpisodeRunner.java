package org.wealtharena.coordination;

/**
 * Runs whole episodes of the team. Implementations are safe to call from several threads at once
 * for different episodes (each episode has its own market and agents), and an episode's result
 * depends only on its spec and its policies' actions, never on timing or thread count.
 */
@FunctionalInterface
public interface TeamEpisodeRunner {
  TeamEpisodeResult run(TeamEpisodeSpec spec, AllocationPolicies policies);

  /**
   * The sum over the team's trading agents of each one's PnL, dollars, trading alone on {@code
   * spec}'s seed, the baseline of {@code multi_agent_coordination_value_dollars}; NaN when this
   * runner cannot run its agents alone.
   */
  default double alonePnlDollars(TeamEpisodeSpec spec) {
    return Double.NaN;
  }
}
