package org.wealtharena.coordination;

/**
 * Runs whole episodes of the team. Implementations are safe to call from several threads at once
 * for different episodes (each episode has its own market and agents), and an episode's result
 * depends only on its spec and its policies' actions, never on timing or thread count.
 */
@FunctionalInterface
public interface TeamEpisodeRunner {
  TeamEpisodeResult run(TeamEpisodeSpec spec, AllocationPolicies policies);
}
