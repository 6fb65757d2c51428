package org.wealtharena.coordination;

/**
 * What one agent did in one episode.
 *
 * @param reward the agent's episode reward (the same number recorded as its
 *     specialized_agent_reward and in inter_agent_reward_distribution)
 * @param pnlDollars mark-to-market PnL over the episode, dollars
 */
public record AgentEpisodeResult(String agentId, String agentType, double reward, double pnlDollars) {}
