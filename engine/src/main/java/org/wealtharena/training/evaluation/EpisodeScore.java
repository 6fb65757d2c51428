package org.wealtharena.training.evaluation;

/**
 * How one policy did in one evaluation episode.
 *
 * @param seed the held-out seed the episode ran with
 * @param reward total reward of the episode
 * @param sharpe annualised Sharpe ratio of the team's per-step PnL changes over the episode
 * @param winRate share, in [0, 1], of the episode's decision steps on which the team's
 *     marked-to-market PnL changed that were gains; 0 if it never changed
 * @param totalReturn the team's PnL over its capital budget (0.02 = +2%)
 */
public record EpisodeScore(
    long seed, double reward, double sharpe, double winRate, double totalReturn) {

  public EpisodeScore {
    if (!(winRate >= 0 && winRate <= 1)) {
      throw new IllegalArgumentException("winRate must be in [0, 1], got " + winRate);
    }
  }
}
