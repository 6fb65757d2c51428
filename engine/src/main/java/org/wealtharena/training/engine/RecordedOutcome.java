package org.wealtharena.training.engine;

import java.io.Serializable;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MetricsRecorder;
import org.wealtharena.metrics.MetricsRecording;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.training.trainer.EpisodeEngine.EpisodeTask;
import org.wealtharena.training.trainer.EpisodePool;

/**
 * One episode run where no endpoint serves (a cluster executor), as it travels back: its outcome
 * and what it recorded into its endpoints, to be replayed into the serving ones in episode order.
 */
public record RecordedOutcome<T>(EpisodePool.Outcome<T> outcome, MetricsRecording metrics)
    implements Serializable {

  /**
   * Runs {@code task} for {@code episode} on a runner of {@code environment} over recording
   * endpoints with {@code options} (those of the serving endpoints). An episode's exception becomes
   * its outcome, as in the pool, as a plain {@link IllegalStateException} with the original's
   * message and stack, so that it travels whatever its own class or cause.
   */
  public static <S, T> RecordedOutcome<T> run(
      EpisodeEnvironment environment,
      MetricsOptions options,
      S shared,
      int episode,
      EpisodeTask<S, T> task) {
    MetricsRecorder recorder = new MetricsRecorder(options);
    TeamEpisodeRunner runner = environment.runner(recorder.multiAgent(), recorder.specialized());
    EpisodePool.Outcome<T> outcome;
    try {
      outcome = new EpisodePool.Outcome<>(task.run(shared, episode, runner), null);
    } catch (RuntimeException e) {
      IllegalStateException travelling = new IllegalStateException(e.toString());
      travelling.setStackTrace(e.getStackTrace());
      outcome = new EpisodePool.Outcome<>(null, travelling);
    }
    return new RecordedOutcome<>(outcome, recorder.recording());
  }

  /** Replays the episode's metrics into the serving endpoints and hands back its outcome. */
  public EpisodePool.Outcome<T> replayInto(
      MultiAgentMetrics multiAgent, SpecializedAgentMetrics specialized) {
    metrics.replayInto(multiAgent, specialized);
    return outcome;
  }
}
