package org.wealtharena.training.evaluation;

/**
 * How one policy did in one evaluation episode.
 *
 * @param seed the held-out seed the episode ran with
 * @param reward total reward of the episode
 * @param sharpe Sharpe ratio of the episode's step returns
 * @param winRate fraction of closed trades that made money, in [0, 1]
 * @param totalReturn portfolio return over the episode (0.02 = +2%)
 */
public record EpisodeScore(
    long seed, double reward, double sharpe, double winRate, double totalReturn) {

  public EpisodeScore {
    if (!(winRate >= 0 && winRate <= 1)) {
      throw new IllegalArgumentException("winRate must be in [0, 1], got " + winRate);
    }
  }
}
