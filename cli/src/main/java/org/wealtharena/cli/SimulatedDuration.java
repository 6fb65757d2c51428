package org.wealtharena.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses simulated durations such as {@code 6.5h}, {@code 30m}, {@code 90s} or {@code 250ms}. */
final class SimulatedDuration {
  private static final Pattern FORMAT = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)(ms|s|m|h)");

  private SimulatedDuration() {}

  /** The duration in nanoseconds; a {@link CliException} if it is malformed or not positive. */
  static long parseNanos(String text) {
    Matcher m = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new CliException(
          "--duration '" + text + "' is not a duration like 6.5h, 30m, 90s or 250ms");
    }
    double amount = Double.parseDouble(m.group(1));
    double unitNanos =
        switch (m.group(2)) {
          case "ms" -> 1e6;
          case "s" -> 1e9;
          case "m" -> 60e9;
          default -> 3600e9;
        };
    double nanos = amount * unitNanos;
    if (!(nanos >= 1) || nanos > 1e18) {
      throw new CliException("--duration must be positive and below 30 years, got '" + text + "'");
    }
    return Math.round(nanos);
  }
}
