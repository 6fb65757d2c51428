package org.wealtharena.cli.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.wealtharena.training.ppo.UpdateResult;

/**
 * A redrawn terminal progress bar: iterations done, the latest mean reward, KL and explained
 * variance, and the ETA.
 */
public final class ProgressBarProgress implements TrainingProgress {

  private final PrintStream out;
  private ProgressBar bar;
  private int firstIteration;
  private int totalIterations;
  private Duration eta;

  /**
   * @param out the terminal stream, normally {@code System.err} so stdout stays machine-readable
   */
  public ProgressBarProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public void start(int firstIteration, int totalIterations) {
    this.firstIteration = firstIteration;
    this.totalIterations = totalIterations;
    this.eta = null;
    bar =
        new ProgressBarBuilder()
            .setTaskName("training")
            .setInitialMax(totalIterations)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(out))
            // the bar's own ETA would count resumed iterations as done in no time
            .setEtaFunction(state -> Optional.ofNullable(eta))
            .build();
    bar.stepTo(firstIteration - 1L);
  }

  @Override
  public void iteration(
      int iteration, double meanReward, Map<String, UpdateResult> updates, Duration elapsed) {
    eta = Eta.remaining(iteration - firstIteration + 1, totalIterations - iteration, elapsed);
    String reward = String.format(Locale.ROOT, "reward %.4f", meanReward);
    bar.setExtraMessage(updates.isEmpty() ? reward : reward + "  " + UpdateText.compact(updates));
    bar.stepTo(iteration);
  }

  @Override
  public void finish() {
    bar.close();
  }
}
