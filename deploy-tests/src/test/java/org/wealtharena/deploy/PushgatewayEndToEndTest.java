package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.cli.Main;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.push.MetricsPusher;
import org.wealtharena.metrics.push.PushgatewayConfig;
import org.wealtharena.metrics.testing.Binaries;
import org.wealtharena.metrics.testing.Scrape;
import picocli.CommandLine;

/**
 * Pushes to a real Pushgateway ({@code prometheus-pushgateway}; skipped when missing, failing under
 * {@code CI=true}) and reads back what Prometheus would scrape from it.
 */
class PushgatewayEndToEndTest {

  private static final String MULTI = "wealtharena_multi_agent_rl";
  private static final String SPECIALIZED = "wealtharena_specialized_agents";
  private static final Duration DEADLINE = Duration.ofSeconds(20);

  /** Test-only credentials; the hash is {@code htpasswd -nbB -C 5 pusher push-test-password}. */
  private static final String USER = "pusher";

  private static final String PASSWORD = "push-test-password";
  private static final String PASSWORD_BCRYPT =
      "$2y$05$mfH0/P3r5pkeVTK02dWROe/gbtzpk9B/pqbjHkLVVc5B7c3oqx4WW";

  @TempDir Path workDir;

  private final MultiAgentMetrics multiAgent = new MultiAgentMetrics();
  private final SpecializedAgentMetrics specialized = new SpecializedAgentMetrics();
  private PushgatewayServer gateway;

  @AfterEach
  void stopGateway() throws InterruptedException {
    if (gateway != null) {
      gateway.close();
    }
  }

  private PushgatewayServer startGateway() throws Exception {
    gateway = PushgatewayServer.start(Binaries.require("prometheus-pushgateway"), workDir);
    return gateway;
  }

  private PushgatewayConfig.Builder config() {
    return PushgatewayConfig.builder(gateway.url()).instance("e2e").interval(Duration.ZERO);
  }

  @Test
  void bothRegistriesArriveUnderTheirJobsAndAPushReplacesTheGroup() throws Exception {
    startGateway();
    multiAgent.recordMultiAgentIteration("hierarchical", 5, "run_1", 0.5);
    multiAgent.recordMultiAgentIteration("hierarchical", 2, "run_2", -1.5);
    specialized.recordMarketMakerSpread("mm_1", "AAPL", 0.02);
    specialized.recordRiskViolation("risk_1", "drawdown", "critical");

    try (MetricsPusher pusher = MetricsPusher.start(config().build(), multiAgent, specialized)) {
      assertThat(pusher.pushNow()).as(gateway.log()).isTrue();
      String pushed = gateway.metrics();
      assertThat(
              sample(
                  pushed,
                  "multi_agent_current_iteration",
                  "job",
                  MULTI,
                  "instance",
                  "e2e",
                  "run_id",
                  "run_1"))
          .hasValue(5);
      assertThat(sample(pushed, "multi_agent_episode_reward_mean", "job", MULTI, "run_id", "run_2"))
          .hasValue(-1.5);
      assertThat(
              sample(
                  pushed,
                  "market_maker_spread",
                  "job",
                  SPECIALIZED,
                  "instance",
                  "e2e",
                  "agent_id",
                  "mm_1",
                  "symbol",
                  "AAPL"))
          .hasValue(0.02);
      assertThat(
              sample(pushed, "risk_violations_total", "job", SPECIALIZED, "severity", "critical"))
          .hasValue(1);
      assertThat(sample(pushed, "market_maker_spread", "job", MULTI))
          .as("own families only")
          .isEmpty();
      assertThat(sample(pushed, "push_time_seconds", "job", MULTI, "instance", "e2e")).isPresent();
      assertThat(sample(pushed, "push_time_seconds", "job", SPECIALIZED, "instance", "e2e"))
          .isPresent();

      multiAgent.removeRun("run_1");
      assertThat(pusher.pushNow()).isTrue();
      String replaced = gateway.metrics();
      assertThat(sample(replaced, "multi_agent_current_iteration", "run_id", "run_1"))
          .as("PUT replaces the group: a removed run's series leave the gateway")
          .isEmpty();
      assertThat(sample(replaced, "multi_agent_current_iteration", "run_id", "run_2")).hasValue(2);
      assertThat(sample(replaced, "wealtharena_pushgateway_pushes_total", "job", MULTI))
          .hasValue(1);
    }
  }

  @Test
  void periodicPushesKeepTheGatewayCurrent() throws Exception {
    startGateway();
    multiAgent.recordCoordinationEfficiency("hierarchical", 0.25);
    PushgatewayConfig config = config().interval(Duration.ofMillis(100)).build();

    try (MetricsPusher pusher = MetricsPusher.start(config, multiAgent, specialized)) {
      assertThat(gateway.awaitMetrics(DEADLINE, m -> efficiency(m).equals(OptionalDouble.of(0.25))))
          .as("first periodic push within %s", DEADLINE)
          .isTrue();
      multiAgent.recordCoordinationEfficiency("hierarchical", 0.75);
      assertThat(gateway.awaitMetrics(DEADLINE, m -> efficiency(m).equals(OptionalDouble.of(0.75))))
          .as("a later periodic push carries the new value")
          .isTrue();
    }
  }

  private static OptionalDouble efficiency(String exposition) {
    return sample(
        exposition,
        "agent_coordination_efficiency",
        "job",
        MULTI,
        "coordination_type",
        "hierarchical");
  }

  @Test
  void basicAuthIsAcceptedWithThePasswordAndAWrongOneIsCountedNotThrown() throws Exception {
    gateway =
        PushgatewayServer.startWithBasicAuth(
            Binaries.require("prometheus-pushgateway"), workDir, USER, PASSWORD_BCRYPT, PASSWORD);
    multiAgent.recordActiveAgentsCount("hierarchical", 4);

    try (MetricsPusher pusher =
        MetricsPusher.start(config().basicAuth(USER, PASSWORD).build(), multiAgent, specialized)) {
      assertThat(pusher.pushNow()).as(gateway.log()).isTrue();
    }
    assertThat(sample(gateway.metrics(), "active_agents_count", "job", MULTI)).hasValue(4);

    multiAgent.recordActiveAgentsCount("hierarchical", 3);
    try (MetricsPusher pusher =
        MetricsPusher.start(config().basicAuth(USER, "wrong").build(), multiAgent, specialized)) {
      assertThat(pusher.pushNow()).isFalse();
      assertThat(
              Scrape.value(
                  multiAgent.registry(),
                  "wealtharena_pushgateway_push_failures_total",
                  "job",
                  MULTI))
          .hasValue(1);
    }
    assertThat(sample(gateway.metrics(), "active_agents_count", "job", MULTI))
        .as("rejected push changed nothing")
        .hasValue(4);
  }

  @Test
  void simulateCommandPushesBothJobsAtTheEndOfTheRun() throws Exception {
    startGateway();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));

    int exit =
        cli.execute(
            "simulate",
            "--duration",
            "30s",
            "--json",
            "--pushgateway",
            gateway.url(),
            "--push-instance",
            "cli_run",
            "--push-interval",
            "0",
            // the default run serves both endpoints while it runs: free loopback ports
            "--multi-agent-port",
            "0",
            "--specialized-agents-port",
            "0",
            "--bind",
            "127.0.0.1");

    assertThat(exit).as(err.toString()).isZero();
    String pushed = gateway.metrics();
    for (String job : List.of(MULTI, SPECIALIZED)) {
      assertThat(
              sample(
                  pushed,
                  "wealtharena_pushgateway_pushes_total",
                  "job",
                  job,
                  "instance",
                  "cli_run"))
          .as(job)
          .isPresent();
      assertThat(sample(pushed, "push_time_seconds", "job", job, "instance", "cli_run"))
          .isPresent();
    }
  }

  private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][\\w:]*)(\\{.*})? (\\S+).*");
  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /**
   * The value of the first sample of {@code family} in a text exposition whose labels include all
   * {@code labelPairs} (name, value, ...); empty when there is none.
   */
  static OptionalDouble sample(String exposition, String family, String... labelPairs) {
    for (String line : exposition.lines().toList()) {
      Matcher m = SAMPLE.matcher(line);
      if (!m.matches() || !m.group(1).equals(family)) {
        continue;
      }
      Map<String, String> labels = new HashMap<>();
      Matcher label = LABEL.matcher(m.group(2) == null ? "" : m.group(2));
      while (label.find()) {
        labels.put(label.group(1), label.group(2));
      }
      boolean all = true;
      for (int i = 0; i < labelPairs.length; i += 2) {
        all &= labelPairs[i + 1].equals(labels.get(labelPairs[i]));
      }
      if (all) {
        return OptionalDouble.of(Double.parseDouble(m.group(3)));
      }
    }
    return OptionalDouble.empty();
  }
}
