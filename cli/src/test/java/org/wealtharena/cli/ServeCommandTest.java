package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.ChildJvm;
import picocli.CommandLine;

class ServeCommandTest {

  private static final Pattern ENDPOINT_LINE =
      Pattern.compile("metrics: http://127\\.0\\.0\\.1:(\\d+)/metrics");

  private final HttpClient http = HttpClient.newHttpClient();

  /** Runs {@code wealtharena serve} in a child JVM so a real SIGTERM can be sent to it. */
  @Test
  void servesBothEndpointsUntilSigtermThenExitsZero() throws Exception {
    Process serve =
        ChildJvm.of(Main.class, CliRun.withFreePorts("serve"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String line = out.readLine();
        assertThat(line).as("endpoint line %d", i + 1).isNotNull();
        Matcher m = ENDPOINT_LINE.matcher(line);
        assertThat(m.matches()).as("line '%s'", line).isTrue();
        ports.add(Integer.parseInt(m.group(1)));
      }

      // Nothing has been recorded yet: each endpoint shows the JVM and process families only.
      for (int port : ports) {
        assertThat(scrape(port))
            .contains("# TYPE jvm_memory_used_bytes gauge")
            .contains("process_cpu_seconds_total")
            .doesNotContain("multi_agent_")
            .doesNotContain("market_maker_");
      }

      serve.destroy(); // SIGTERM
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
      assertThat(serve.exitValue()).isZero();
      for (int port : ports) {
        assertThat(isFree(port)).as("port %d released", port).isTrue();
      }
    } finally {
      serve.destroyForcibly();
    }
  }

  @Test
  void aTakenPortIsAOneLineErrorWithExitCodeTwoAndNothingHalfStarted() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int free = freePort();
      StringWriter err = new StringWriter();
      CommandLine cli = Main.commandLine();
      cli.setErr(new PrintWriter(err));
      cli.setOut(new PrintWriter(new StringWriter()));

      int exit =
          cli.execute(
              "serve",
              "--bind",
              "127.0.0.1",
              "--multi-agent-port",
              String.valueOf(free),
              "--specialized-agents-port",
              String.valueOf(taken.getLocalPort()));

      assertThat(exit).isEqualTo(2);
      assertThat(err.toString().strip())
          .doesNotContain("\n")
          .contains("specialized_agents endpoint")
          .contains("port " + taken.getLocalPort())
          .contains("already in use");
      assertThat(isFree(free)).as("the multi-agent endpoint was closed again").isTrue();
    }
  }

  private String scrape(int port) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  private static boolean isFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
