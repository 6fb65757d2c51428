package org.wealtharena.cli.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wealtharena.training.ppo.UpdateResult;

/**
 * One log line per iteration, for output that is not a terminal: reward, the PPO updates' KL and
 * explained variance, times; at debug level also every role's six diagnostics.
 */
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
  public void iteration(
      int iteration, double meanReward, Map<String, UpdateResult> updates, Duration elapsed) {
    Duration eta =
        Eta.remaining(iteration - firstIteration + 1, totalIterations - iteration, elapsed);
    LOG.info(
        String.format(
            Locale.ROOT,
            "iteration %d/%d  mean reward %.4f  %selapsed %s  ETA %s",
            iteration,
            totalIterations,
            meanReward,
            updates.isEmpty() ? "" : UpdateText.compact(updates) + "  ",
            Eta.format(elapsed),
            Eta.format(eta)));
    if (LOG.isDebugEnabled()) {
      updates.forEach(
          (role, update) -> LOG.debug("iteration {} {}", iteration, UpdateText.full(role, update)));
    }
  }

  @Override
  public void finish() {
    LOG.info("training finished");
  }
}
