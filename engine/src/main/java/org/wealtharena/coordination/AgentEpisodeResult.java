package org.wealtharena.coordination;

/**
 * What one agent did in one episode.
 *
 * @param reward the agent's episode reward (the same number recorded as its
 *     specialized_agent_reward and in inter_agent_reward_distribution)
 * @param pnlDollars mark-to-market PnL over the episode, dollars
 * @param capitalDollars the capital budget the agent traded on over the episode (its allocation,
 *     averaged over the steps), dollars; NaN for an agent that trades no capital (the risk manager)
 */
public record AgentEpisodeResult(
    String agentId, String agentType, double reward, double pnlDollars, double capitalDollars)
    implements java.io.Serializable {

  /** The episode's return, PnL / capital budget (0.02 = +2 %); NaN without capital. */
  public double episodeReturn() {
    return capitalDollars > 0 ? pnlDollars / capitalDollars : Double.NaN;
  }

  /** Whether the agent trades capital of its own, and so has performance figures. */
  public boolean trades() {
    return capitalDollars > 0;
  }
}
