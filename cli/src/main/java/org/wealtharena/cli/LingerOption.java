package org.wealtharena.cli;

import java.time.Duration;
import java.util.Optional;
import org.wealtharena.cli.config.DurationText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code --linger}, the same in every command: keep serving both metrics endpoints after the run
 * for a time ({@code --linger 5m}), or, given alone, until SIGINT/SIGTERM; then exit 0.
 */
final class LingerOption {

  /** What {@code --linger} alone stands for. */
  static final String UNTIL_SIGNAL = "until-signal";

  @Option(
      names = "--linger",
      arity = "0..1",
      paramLabel = "TIME",
      fallbackValue = UNTIL_SIGNAL,
      converter = Converter.class,
      description =
          "Keep serving both metrics endpoints after the run for TIME (e.g. 30s, 5m), or, given"
              + " alone, until SIGINT/SIGTERM; then exit 0.")
  Linger linger;

  /** What was asked: empty without {@code --linger}. */
  Optional<Linger> linger() {
    return Optional.ofNullable(linger);
  }

  /**
   * How long to stay up after the run.
   *
   * @param time how long, or empty for "until SIGINT/SIGTERM"
   */
  record Linger(Optional<Duration> time) {

    static Linger untilSignal() {
      return new Linger(Optional.empty());
    }

    static Linger forTime(Duration time) {
      return new Linger(Optional.of(time));
    }

    /** How the run's notes say it, e.g. {@code for 30000 ms, or until SIGINT/SIGTERM}. */
    String describe() {
      return time.map(t -> "for " + t.toMillis() + " ms, or until SIGINT/SIGTERM")
          .orElse("until SIGINT/SIGTERM");
    }
  }

  /**
   * A time as every time option takes it ({@link DurationText}), or the fallback of the bare
   * option.
   */
  static final class Converter implements ITypeConverter<Linger> {
    @Override
    public Linger convert(String text) {
      return text.equals(UNTIL_SIGNAL)
          ? Linger.untilSignal()
          : Linger.forTime(new DurationText.Converter().convert(text));
    }
  }
}
