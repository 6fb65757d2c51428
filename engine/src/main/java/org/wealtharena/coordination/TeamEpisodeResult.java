package org.wealtharena.coordination;

import java.util.List;
import org.wealtharena.market.regime.RegimeShares;

/**
 * What the team did in one episode: the learning signal (team reward) and what the performance
 * figures are computed from.
 *
 * @param teamReward sum of the rewards the coordinator's policies received over the episode
 * @param durationSeconds simulated length of the episode, seconds (annualises the Sharpe ratio)
 * @param team the team as a whole: its PnL and the team's capital budget ({@value
 *     TeamPerformance#ALL_AGENTS})
 * @param agents one entry per agent, in the team's fixed order
 * @param regimeShares the share of the episode each market regime held: what the market dealt,
 *     whatever the team did (a market without regimes spends it all in one)
 */
public record TeamEpisodeResult(
    long seed,
    double teamReward,
    double durationSeconds,
    AgentEpisodeResult team,
    List<AgentEpisodeResult> agents,
    RegimeShares regimeShares)
    implements java.io.Serializable {

  public TeamEpisodeResult {
    agents = List.copyOf(agents);
  }
}
