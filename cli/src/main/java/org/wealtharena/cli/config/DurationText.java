package org.wealtharena.cli.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Durations as users write them on the command line and in config files: {@code 6.5h}, {@code 30m},
 * {@code 90s} or {@code 250ms}. The one parser for simulated durations and wall-clock intervals
 * alike, and with {@link Converter} the one converter of every time option.
 */
public final class DurationText {
  /** How messages show the format. */
  public static final String EXAMPLES = "30s, 5m, 1.5h or 250ms";

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

  /**
   * Every time option's converter: a positive duration, or {@code 0} (what zero means is the
   * option's to say: push only at the end, keep the series, ...; options that need a positive time
   * reject it).
   */
  public static final class Converter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String text) {
      if (text.trim().matches("0+")) {
        return Duration.ZERO;
      }
      return parse(text)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + text + "' is not a time like " + EXAMPLES + ", or 0"));
    }
  }
}
