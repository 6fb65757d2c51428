package org.wealtharena.coordination;

import java.util.List;

/**
 * What the team did in one episode: the learning signal (team reward) and the performance figures
 * the trainer reports per agent group.
 *
 * @param teamReward sum of the rewards the coordinator's policies received over the episode
 * @param sharpe annualised Sharpe ratio of the team's per-step PnL
 * @param winRate share (0..1) of the decision steps on which the team's marked-to-market PnL
 *     changed that were gains; 0 if it never changed
 * @param totalReturn team PnL over the capital allocated to the team (0.12 = +12 %)
 * @param agents one entry per agent, in the team's fixed order
 */
public record TeamEpisodeResult(
    long seed,
    double teamReward,
    double sharpe,
    double winRate,
    double totalReturn,
    List<AgentEpisodeResult> agents) {

  public TeamEpisodeResult {
    agents = List.copyOf(agents);
  }
}
