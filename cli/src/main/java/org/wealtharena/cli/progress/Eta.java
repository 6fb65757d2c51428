package org.wealtharena.cli.progress;

import java.time.Duration;
import java.util.Locale;

/**
 * Remaining time, assuming the iterations still to go take as long on average as those done in this
 * session.
 */
final class Eta {

  private Eta() {}

  static Duration remaining(int iterationsDone, int iterationsLeft, Duration elapsed) {
    if (iterationsDone <= 0) {
      throw new IllegalArgumentException("no iteration done yet, got " + iterationsDone);
    }
    return elapsed.dividedBy(iterationsDone).multipliedBy(iterationsLeft);
  }

  /** E.g. {@code 1h02m}, {@code 3m07s}, {@code 12s}. */
  static String format(Duration duration) {
    long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
    if (seconds >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
    if (seconds >= 60) {
      return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
    return seconds + "s";
  }
}
