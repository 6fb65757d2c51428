package org.wealtharena.training.evaluation;

import org.wealtharena.market.regime.RegimeShares;

/**
 * How one policy did in one evaluation episode.
 *
 * @param seed the held-out seed the episode ran with
 * @param reward total reward of the episode
 * @param pnlDollars the team's PnL over the episode, dollars
 * @param episodeReturn the team's PnL / capital budget (0.02 = +2 %)
 * @param coordinationValueDollars team PnL minus the sum of each agent's PnL trading alone on the
 *     same seed, dollars; NaN when the agents were not also run alone
 * @param regimeShares the share of the episode each market regime held, the covariates of {@link
 *     RegimeAdjustedMean}
 */
public record EpisodeScore(
    long seed,
    double reward,
    double pnlDollars,
    double episodeReturn,
    double coordinationValueDollars,
    RegimeShares regimeShares) {

  /** An episode whose regime shares are not known. */
  public EpisodeScore(
      long seed,
      double reward,
      double pnlDollars,
      double episodeReturn,
      double coordinationValueDollars) {
    this(seed, reward, pnlDollars, episodeReturn, coordinationValueDollars, RegimeShares.UNKNOWN);
  }
}
