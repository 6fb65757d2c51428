package org.wealtharena.cli.progress;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per iteration: for output that is not a terminal. */
public final class LogProgress implements TrainingProgress {

  private static final Logger LOG = LoggerFactory.getLogger(LogProgress.class);

  private int firstIteration;
  private int totalIterations;

  @Override
  public void start(int firstIteration, int totalIterations) {
    this.firstIteration = firstIteration;
    this.totalIterations = totalIterations;
    LOG.info("training iterations {} to {}", firstIteration, totalIterations);
  }

  @Override
  public void iteration(int iteration, double meanReward, Duration elapsed) {
    Duration eta =
        Eta.remaining(iteration - firstIteration + 1, totalIterations - iteration, elapsed);
    LOG.info(
        String.format(
            Locale.ROOT,
            "iteration %d/%d  mean reward %.4f  elapsed %s  ETA %s",
            iteration,
            totalIterations,
            meanReward,
            Eta.format(elapsed),
            Eta.format(eta)));
  }

  @Override
  public void finish() {
    LOG.info("training finished");
  }
}
