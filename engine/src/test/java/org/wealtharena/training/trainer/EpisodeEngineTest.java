package org.wealtharena.training.trainer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a training run sees of an engine that gives up on a batch. */
class EpisodeEngineTest {

  /** An engine that gives up on every batch, as a cluster does after its retries. */
  private static final class GivingUp implements EpisodeEngine {
    @Override
    public <S, T> List<EpisodePool.Outcome<T>> runAll(S shared, int count, EpisodeTask<S, T> task) {
      throw new EngineFailedException(
          "the Spark cluster could not run the episodes: Task 0 failed 4 times",
          new IllegalStateException("the cluster's own, longer story"));
    }

    @Override
    public void close() {}
  }

  @Test
  void aBatchTheEngineGivesUpOnFailsTheRunWithTheEnginesReasonOnce() {
    try (EpisodeEngine engine = new GivingUp()) {
      assertThatThrownBy(() -> engine.runBatch("shared", 2, (shared, episode, runner) -> episode))
          .isInstanceOf(TrainingFailedException.class)
          .hasMessage(
              "the engine gave up: the Spark cluster could not run the episodes: Task 0 failed 4"
                  + " times")
          .hasCauseInstanceOf(EpisodeEngine.EngineFailedException.class);
    }
  }
}
