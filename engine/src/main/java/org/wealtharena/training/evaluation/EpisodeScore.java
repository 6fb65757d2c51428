package org.wealtharena.training.evaluation;

import java.util.Arrays;
import java.util.Objects;

/**
 * How one policy did in one evaluation episode.
 *
 * @param seed the held-out seed the episode ran with
 * @param reward total reward of the episode
 * @param pnlDollars the team's PnL over the episode, dollars
 * @param episodeReturn the team's PnL / capital budget (0.02 = +2 %)
 * @param coordinationValueDollars team PnL minus the sum of each agent's PnL trading alone on the
 *     same seed, dollars; NaN when the agents were not also run alone
 * @param regimeShares the share of the episode each market regime held (by regime ordinal), the
 *     covariates of {@link RegimeAdjustedMean}; empty when not known
 */
public record EpisodeScore(
    long seed,
    double reward,
    double pnlDollars,
    double episodeReturn,
    double coordinationValueDollars,
    double[] regimeShares) {

  public EpisodeScore {
    regimeShares = regimeShares.clone();
  }

  /** An episode whose regime shares are not known. */
  public EpisodeScore(
      long seed,
      double reward,
      double pnlDollars,
      double episodeReturn,
      double coordinationValueDollars) {
    this(seed, reward, pnlDollars, episodeReturn, coordinationValueDollars, new double[0]);
  }

  @Override
  public double[] regimeShares() {
    return regimeShares.clone();
  }

  /** Equal scores: the same figures, regime shares compared by value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof EpisodeScore that
        && seed == that.seed
        && Double.compare(reward, that.reward) == 0
        && Double.compare(pnlDollars, that.pnlDollars) == 0
        && Double.compare(episodeReturn, that.episodeReturn) == 0
        && Double.compare(coordinationValueDollars, that.coordinationValueDollars) == 0
        && Arrays.equals(regimeShares, that.regimeShares);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed, reward, pnlDollars, episodeReturn, coordinationValueDollars)
        + 31 * Arrays.hashCode(regimeShares);
  }
}
