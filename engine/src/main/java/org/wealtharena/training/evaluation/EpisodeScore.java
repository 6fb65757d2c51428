package org.wealtharena.training.evaluation;

/**
 * How one policy did in one evaluation episode.
 *
 * @param seed the held-out seed the episode ran with
 * @param reward total reward of the episode
 * @param pnlDollars the team's PnL over the episode, dollars
 * @param episodeReturn the team's PnL / capital budget (0.02 = +2 %)
 * @param coordinationValueDollars team PnL minus the sum of each agent's PnL trading alone on the
 *     same seed, dollars; NaN when the agents were not also run alone
 */
public record EpisodeScore(
    long seed,
    double reward,
    double pnlDollars,
    double episodeReturn,
    double coordinationValueDollars) {}
