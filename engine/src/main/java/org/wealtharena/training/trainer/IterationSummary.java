package org.wealtharena.training.trainer;

import org.wealtharena.coordination.TeamPerformance;

/**
 * One finished training iteration. Means are over the episodes that completed with a finite value.
 *
 * @param failedEpisodes episodes that ended in an exception (left out of the update)
 * @param skippedUpdates roles whose update was skipped because a value was not finite
 */
public record IterationSummary(
    int iteration,
    double meanReward,
    TeamPerformance performance,
    int episodes,
    int failedEpisodes,
    int skippedUpdates) {}
