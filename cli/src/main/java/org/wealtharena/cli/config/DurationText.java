package org.wealtharena.cli.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as users write them on the command line and in config files: {@code 6.5h}, {@code 30m},
 * {@code 90s} or {@code 250ms}. The one parser for simulated durations and wall-clock intervals
 * alike.
 */
public final class DurationText {
  private static final Pattern FORMAT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ms|s|m|h)");

  private DurationText() {}

  /** The duration, rounded to whole nanoseconds; empty unless the text is a positive duration. */
  public static Optional<Duration> parse(String text) {
    Matcher m = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    double unitNanos =
        switch (m.group(2)) {
          case "ms" -> 1e6;
          case "s" -> 1e9;
          case "m" -> 60e9;
          default -> 3600e9;
        };
    double nanos = Double.parseDouble(m.group(1)) * unitNanos;
    if (!(nanos >= 1) || nanos > 1e18) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(Math.round(nanos)));
  }
}
