package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealtharena.cli.SimulateCommandTest.simulate;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wealtharena.cli.SimulateCommandTest.Run;
import picocli.CommandLine.TypeConversionException;

/**
 * Push options through {@code simulate --agents none} (the market alone starts no endpoints, so
 * nothing here binds a port); pushing to a real gateway is in PushgatewayEndToEndTest.
 */
class PushOptionsTest {

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
  void intervalsTakeAUnit(String text, String expected) {
    assertThat(new PushOptions.IntervalConverter().convert(text))
        .isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"15", "-1s", "1d", "soon", "", "0.0000000001s"})
  void otherIntervalsAreRejected(String text) {
    assertThatThrownBy(() -> new PushOptions.IntervalConverter().convert(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void aBadIntervalIsAUsageError() {
    Run run =
        simulate(
            "--agents",
            "none",
            "--duration",
            "1s",
            "--pushgateway",
            "http://127.0.0.1:9091",
            "--push-interval",
            "soon");
    assertThat(run.exitCode()).isEqualTo(CliException.USAGE);
    assertThat(run.err()).contains("--push-interval", "'soon'");
  }

  @Test
  void aBadUrlFailsBeforeTheRunNamingTheUrl() {
    Run run = simulate("--agents", "none", "--duration", "1s", "--pushgateway", "pushgateway:9091");
    assertThat(run.exitCode()).isEqualTo(CliException.USAGE);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("wealtharena: --pushgateway: invalid Pushgateway URL 'pushgateway:9091': ");
  }

  @Test
  void aUserWithoutThePasswordVariableFailsNamingTheVariable() {
    Run run =
        simulate(
            "--agents",
            "none",
            "--duration",
            "1s",
            "--pushgateway",
            "http://127.0.0.1:9091",
            "--pushgateway-user",
            "pusher",
            "--pushgateway-password-env",
            "WEALTHARENA_TEST_UNSET_VAR");
    assertThat(run.exitCode()).isEqualTo(CliException.USAGE);
    assertThat(run.err()).contains("--pushgateway-user", "WEALTHARENA_TEST_UNSET_VAR");
  }

  @Test
  void anUnreachableGatewayDoesNotFailTheRun() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Run run =
        simulate(
            "--agents",
            "none",
            "--duration",
            "30s",
            "--json",
            "--pushgateway",
            "http://127.0.0.1:" + closedPort,
            "--push-interval",
            "0");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("fillsDigest");
  }
}
