package org.wealtharena.training.trainer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wealtharena.coordination.TeamPerformance;
import org.wealtharena.training.ppo.UpdateResult;

/**
 * One finished training iteration. Means are over the episodes that completed with a finite value.
 *
 * @param failedEpisodes episodes that ended in an exception (left out of the update)
 * @param skippedUpdates roles whose update was skipped because a value was not finite
 * @param updates each learned role's update (losses, entropy, KL, clip fraction, explained
 *     variance), in role name order
 */
public record IterationSummary(
    int iteration,
    double meanReward,
    TeamPerformance performance,
    int episodes,
    int failedEpisodes,
    int skippedUpdates,
    Map<String, UpdateResult> updates) {

  public IterationSummary {
    updates = Collections.unmodifiableMap(new LinkedHashMap<>(updates));
  }
}
