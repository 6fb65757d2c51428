package org.wealtharena.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/** The converter of every time option (--duration, --linger, --push-interval, --stale-run-ttl). */
class DurationTextTest {

  @ParameterizedTest
  @CsvSource({
    "0, PT0S",
    "15s, PT15S",
    "10S, PT10S",
    "1m, PT1M",
    "2h, PT2H",
    "250ms, PT0.25S",
    "1.5s, PT1.5S"
  })
  void timesTakeAUnitOrAreZero(String text, String expected) {
    assertThat(new DurationText.Converter().convert(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"15", "-1s", "1d", "soon", "", "0.0000000001s"})
  void otherTimesAreRejectedNamingTheText(String text) {
    assertThatThrownBy(() -> new DurationText.Converter().convert(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'" + text + "'");
  }
}
