package org.wealtharena.cli.progress;

import java.time.Duration;
import java.util.Map;
import org.wealtharena.training.ppo.UpdateResult;

/** Tells the user how a training run is going, one call per finished iteration. */
public interface TrainingProgress {

  /**
   * Called once before the first iteration.
   *
   * @param firstIteration 1 for a fresh run; the next iteration after the checkpoint on resume
   * @param totalIterations the run's last iteration
   */
  void start(int firstIteration, int totalIterations);

  /**
   * Iteration {@code iteration} is done, with {@code updates} the PPO update of each learned role;
   * {@code elapsed} counts from {@link #start}.
   */
  void iteration(
      int iteration, double meanReward, Map<String, UpdateResult> updates, Duration elapsed);

  void finish();

  /**
   * A progress bar when a person is watching a terminal, log lines otherwise (files, CI, pipes),
   * where a redrawn bar would only leave escape sequences and carriage returns behind.
   */
  static TrainingProgress forOutput(boolean interactiveTerminal) {
    return interactiveTerminal ? new ProgressBarProgress(System.err) : new LogProgress();
  }

  /** {@link #forOutput} for this JVM: interactive when it has a console. */
  static TrainingProgress forThisTerminal() {
    return forOutput(System.console() != null);
  }
}
