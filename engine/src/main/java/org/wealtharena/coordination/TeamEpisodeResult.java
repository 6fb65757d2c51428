package org.wealtharena.coordination;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the team did in one episode: the learning signal (team reward) and what the performance
 * figures are computed from.
 *
 * @param teamReward sum of the rewards the coordinator's policies received over the episode
 * @param durationSeconds simulated length of the episode, seconds (annualises the Sharpe ratio)
 * @param team the team as a whole: its PnL and the team's capital budget ({@value
 *     TeamPerformance#ALL_AGENTS})
 * @param agents one entry per agent, in the team's fixed order
 * @param regimeShares the share of the episode each market regime held, by {@link
 *     org.wealtharena.market.regime.Regime#ordinal()}: what the market dealt, whatever the team did
 *     (a market without regimes spends it all in one)
 */
public record TeamEpisodeResult(
    long seed,
    double teamReward,
    double durationSeconds,
    AgentEpisodeResult team,
    List<AgentEpisodeResult> agents,
    double[] regimeShares)
    implements java.io.Serializable {

  public TeamEpisodeResult {
    agents = List.copyOf(agents);
    regimeShares = regimeShares.clone();
  }

  @Override
  public double[] regimeShares() {
    return regimeShares.clone();
  }

  /** Equal results: the same figures, regime shares compared by value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TeamEpisodeResult that
        && seed == that.seed
        && Double.compare(teamReward, that.teamReward) == 0
        && Double.compare(durationSeconds, that.durationSeconds) == 0
        && team.equals(that.team)
        && agents.equals(that.agents)
        && Arrays.equals(regimeShares, that.regimeShares);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed, teamReward, durationSeconds, team, agents)
        + 31 * Arrays.hashCode(regimeShares);
  }
}
