package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealtharena.cli.SimulateCommandTest.simulate;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.wealtharena.cli.SimulateCommandTest.Run;

/**
 * Push options through {@code simulate --agents none} (the market alone starts no endpoints, so
 * nothing here binds a port); pushing to a real gateway is in PushgatewayEndToEndTest.
 */
class PushOptionsTest {

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
