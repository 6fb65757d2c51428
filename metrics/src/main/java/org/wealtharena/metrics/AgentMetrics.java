package org.wealtharena.metrics;

/** The families every specialized agent records, bound to one agent. */
public final class AgentMetrics {

  private final SpecializedAgentMetrics owner;
  private final String agentId;
  private final String agentType;
  private final BoundGauge reward;
  private final BoundCounter episodes;

  AgentMetrics(SpecializedAgentMetrics owner, String agentId, String agentType) {
    this.owner = owner;
    this.agentId = agentId;
    this.agentType = agentType;
    this.reward = owner.agentReward.bind(agentId, agentType);
    this.episodes = owner.agentEpisodes.bind(agentId, agentType);
  }

  public void episode() {
    episodes.inc();
  }

  /** Reward of the last episode. */
  public void reward(double reward) {
    this.reward.set(reward);
  }

  /**
   * Creates the error series of {@code errorType} at zero, so a scrape shows the family (and a
   * rate() over it starts from 0) before the first error.
   */
  public void initializeError(String errorType) {
    owner.agentErrors.bind(agentId, agentType, errorType);
  }

  public void error(String errorType) {
    owner.recordSpecializedAgentError(agentId, agentType, errorType);
  }
}
