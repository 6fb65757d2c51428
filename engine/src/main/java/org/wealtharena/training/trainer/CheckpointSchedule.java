package org.wealtharena.training.trainer;

import java.io.IOException;
import java.util.Optional;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.training.checkpoint.Checkpoint;
import org.wealtharena.training.checkpoint.CheckpointKey;
import org.wealtharena.training.checkpoint.CheckpointStore;
import org.wealtharena.training.checkpoint.ResolvedSettings;

/**
 * Where and how often a run saves checkpoints: every {@code every} iterations and after the last.
 *
 * @param settings the settings that change learning; only a run with the same ones may resume these
 *     checkpoints
 */
public record CheckpointSchedule(CheckpointStore store, int every, ResolvedSettings settings) {

  public CheckpointSchedule {
    if (every < 1) {
      throw new IllegalArgumentException("checkpoint interval must be at least 1, got " + every);
    }
  }

  boolean due(int iteration, int lastIteration) {
    return iteration % every == 0 || iteration == lastIteration;
  }

  CheckpointKey key(CoordinationType coordination) {
    return new CheckpointKey(coordination.label(), settings);
  }

  /**
   * The newest intact checkpoint a {@code coordination} run with these settings can resume, if any.
   *
   * @throws org.wealtharena.training.checkpoint.IncompatibleCheckpointException if the newest
   *     intact one was written by another coordination type or with other settings
   */
  public Optional<Checkpoint> latest(CoordinationType coordination) throws IOException {
    return store.latestValid(key(coordination));
  }
}
