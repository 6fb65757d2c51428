package org.wealtharena.coordination;

/**
 * What one agent did in one episode.
 *
 * @param reward the agent's episode reward (the same number recorded as its
 *     specialized_agent_reward and in inter_agent_reward_distribution)
 * @param pnlDollars mark-to-market PnL over the episode, dollars
 * @param sharpe annualised Sharpe ratio of the agent's per-step PnL; NaN for an agent that does not
 *     trade (the risk manager)
 * @param winRate share (0..1) of the decision steps on which the agent's marked-to-market PnL
 *     changed that were gains; 0 if it never changed, NaN for an agent that does not trade
 * @param totalReturn PnL over the capital the agent was allocated on average; NaN for an agent that
 *     does not trade
 */
public record AgentEpisodeResult(
    String agentId,
    String agentType,
    double reward,
    double pnlDollars,
    double sharpe,
    double winRate,
    double totalReturn) {}
