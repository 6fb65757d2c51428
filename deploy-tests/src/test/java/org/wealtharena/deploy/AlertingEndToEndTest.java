package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.cli.Main;
import org.wealtharena.metrics.MetricsServer;
import org.wealtharena.metrics.MetricsServerConfig;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.Binaries;
import org.wealtharena.metrics.testing.ChildJvm;

/**
 * The issue's "quiet run", end to end: a real Prometheus with the shipped {@code
 * prometheus.file_sd.yml}, rules and alerts, sending to a real Alertmanager with the shipped route
 * tree, whose receivers all post to a webhook server inside this test. Four kinds of target run
 * side by side in the same window, told apart by their file_sd {@code run} label (and their
 * instance):
 *
 * <ul>
 *   <li>{@code quiet}: a default {@code train --linger}, scraped for at least five minutes; nothing
 *       of it may reach Alertmanager. The Watchdog (no instance) must arrive: it proves the path
 *       Prometheus - Alertmanager - receiver works, so the silence of the others means something;
 *   <li>{@code doomed}: a long {@code train}, killed (SIGKILL) in the middle of training: {@code
 *       WealthArenaTargetDown} for its training endpoint;
 *   <li>{@code flood}: an endpoint in this JVM into which 20,000 agent ids are recorded, twice the
 *       default cardinality limit: {@code WealthArenaMetricsCardinalityLimit};
 *   <li>{@code risk}: {@code simulate --max-session-loss 0.01}: {@code
 *       WealthArenaCriticalRiskViolation} for the agents it halted on their session loss.
 * </ul>
 *
 * Only the intervals are sped up: scrapes and rule evaluations every second, Alertmanager's
 * group_wait and group_interval a second or two. The rules, their windows and their {@code for:}
 * durations are the shipped ones, unmodified, so what fires here fires as configured: TargetDown 5
 * minutes after the kill, the risk alert once Prometheus has watched the simulate's port for the 5
 * minutes its rule asks (the guard that keeps a freshly started Prometheus from paging for old
 * violations). Every wait polls with a deadline.
 */
class AlertingEndToEndTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MULTI = "wealtharena_multi_agent_rl";
  private static final String SPECIALIZED = "wealtharena_specialized_agents";
  private static final String RUNBOOKS =
      "https://github.com/wealtharena/wealtharena-agents/blob/main/docs/runbooks.md#";

  /** As the issue asks: at least five minutes of scrapes of the quiet run. */
  private static final Duration QUIET_RUN = Duration.ofMinutes(5);

  /** TargetDown's and the risk alert's 5 minutes, plus time to start, evaluate and notify. */
  private static final Duration FIVE_MINUTES_AND_SLACK = Duration.ofSeconds(5 * 60 + 90);

  private static final Duration START_DEADLINE = Duration.ofMinutes(2);

  private static final String SESSION_LOSS_VIOLATIONS =
      "risk_violations_total{run=\"risk\", violation_type=\"session_loss\","
          + " severity=\"critical\"} > 0";

  /** Twice {@link org.wealtharena.metrics.MetricsOptions#DEFAULT_CARDINALITY_LIMIT}. */
  private static final int FLOOD_AGENT_IDS = 20_000;

  @TempDir Path workDir;
  private final List<Process> processes = new ArrayList<>();
  private final List<AutoCloseable> servers = new ArrayList<>();

  /** A target of the test: its run label and the ports of its endpoints by job. */
  private record Target(String run, Map<String, Integer> ports) {
    String instance(String job) {
      return "127.0.0.1:" + ports.get(job);
    }

    Set<String> instances() {
      return ports.keySet().stream().map(this::instance).collect(Collectors.toSet());
    }
  }

  @AfterEach
  void stopEverything() throws Exception {
    for (Process process : processes) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    for (int i = servers.size() - 1; i >= 0; i--) {
      servers.get(i).close();
    }
  }

  @Test
  @Timeout(value = 9, unit = TimeUnit.MINUTES)
  void aQuietRunSendsNothingButTheWatchdogWhileTargetDownFloodAndRiskAlertsArrive()
      throws Exception {
    Path prometheusBinary = Binaries.require("prometheus");
    Path alertmanagerBinary = Binaries.require("prometheus-alertmanager");
    Target quiet = target("quiet", MULTI, SPECIALIZED);
    Target doomed = target("doomed", MULTI, SPECIALIZED);
    Target risk = target("risk", MULTI, SPECIALIZED);
    Target flood = target("flood", SPECIALIZED);
    List<Target> targets = List.of(quiet, doomed, risk, flood);

    WebhookReceiver receiver = WebhookReceiver.start();
    servers.add(receiver);
    AlertmanagerServer alertmanager =
        AlertmanagerServer.start(alertmanagerBinary, workDir, alertmanagerConfig(receiver));
    servers.add(alertmanager);
    writeTargetFiles(targets);
    PrometheusServer prometheus =
        PrometheusServer.start(prometheusBinary, workDir, prometheusConfig(alertmanager));
    servers.add(prometheus);

    Process quietTrain = start("quiet", quiet, "train", "--linger");
    Process doomedTrain =
        start(
            "doomed",
            doomed,
            "train",
            "--config",
            write("doomed.yaml", "iterations: 1000\nepisodesPerIteration: 1\nepisodeDuration: 5m\n")
                .toString(),
            "--threads",
            "1");
    servers.add(flood(flood));

    awaitData(prometheus, "the quiet run up on both endpoints", upOnAll(quiet));
    long quietStarted = System.nanoTime();
    awaitData(
        prometheus,
        "the doomed run scraped while training",
        "multi_agent_training_active{run=\"doomed\"} == 1 and on (instance) "
            + "count_over_time(up{run=\"doomed\"}[1m]) >= 3");
    doomedTrain.destroyForcibly(); // SIGKILL: a crash in the middle of training
    assertThat(doomedTrain.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
    Process simulate =
        start("risk", risk, "simulate", "--max-session-loss", "0.01", "--json", "--linger");

    WebhookReceiver.Received watchdog =
        await(receiver, alertmanager, "the Watchdog", alert("WealthArenaWatchdog"));
    assertThat(watchdog.receiver()).isEqualTo("watchdog");
    assertThat(watchdog.label("severity")).isEqualTo("none");
    assertRunbookLink(watchdog);

    WebhookReceiver.Received cardinality =
        await(
            receiver,
            alertmanager,
            "the cardinality alert of the flood",
            alert("WealthArenaMetricsCardinalityLimit")
                .and(a -> a.label("instance").equals(flood.instance(SPECIALIZED))));
    assertThat(cardinality.receiver()).isEqualTo("pager");
    assertLabels(
        cardinality,
        Map.of(
            "severity", "critical",
            "job", SPECIALIZED,
            "run", "flood",
            "env", "e2e",
            "reason", "cardinality_limit",
            "family", "market_maker_spread"));
    assertRunbookLink(cardinality);

    WebhookReceiver.Received targetDown =
        await(
            receiver,
            alertmanager,
            "TargetDown of the killed run",
            alert("WealthArenaTargetDown")
                .and(a -> a.label("instance").equals(doomed.instance(MULTI))));
    assertThat(targetDown.receiver()).isEqualTo("team");
    assertLabels(
        targetDown,
        Map.of("severity", "warning", "job", MULTI, "run", "doomed", "host", "e2e-host"));
    assertRunbookLink(targetDown);

    Set<String> halted = haltedAgents(simulate);
    awaitData(prometheus, "the simulate's violations scraped", SESSION_LOSS_VIOLATIONS);
    Set<String> violators = new TreeSet<>();
    prometheus
        .resultOf(SESSION_LOSS_VIOLATIONS)
        .forEach(sample -> violators.add(sample.path("metric").path("agent_id").asText()));
    assertThat(violators).as("agents over the tiny session loss limit").isNotEmpty();
    assertThat(halted).as("agents halted for it").containsAll(violators);
    for (String agent : violators) {
      WebhookReceiver.Received riskAlert =
          await(
              receiver,
              alertmanager,
              "the critical risk alert of " + agent,
              alert("WealthArenaCriticalRiskViolation")
                  .and(a -> a.label("instance").equals(risk.instance(SPECIALIZED)))
                  .and(a -> a.label("agent_id").equals(agent))
                  .and(a -> a.label("violation_type").equals("session_loss")));
      assertThat(riskAlert.receiver()).isEqualTo("pager");
      assertLabels(riskAlert, Map.of("severity", "critical", "job", SPECIALIZED));
      assertThat(riskAlert.annotations().path("summary").asText()).contains(agent);
      assertRunbookLink(riskAlert);
    }

    // The quiet window: the rest of its five minutes, then what Prometheus and Alertmanager saw.
    // (a few seconds more, so that five minutes of scrapes are in Prometheus by the time we ask)
    Duration quietLeft = QUIET_RUN.plusSeconds(5).minusNanos(System.nanoTime() - quietStarted);
    if (!quietLeft.isNegative()) {
      assertThat(quietTrain.waitFor(quietLeft.toMillis(), TimeUnit.MILLISECONDS))
          .as("the quiet run is still lingering at the end of its five minutes")
          .isFalse();
    }
    for (String instance : quiet.instances()) {
      assertThat(
              prometheus
                  .resultOf("sum_over_time(up{instance=\"" + instance + "\"}[10m]) >= 300")
                  .size())
          .as("at least five minutes of one-second scrapes of %s", instance)
          .isEqualTo(1);
    }
    assertThat(
            prometheus.resultOf("max_over_time(multi_agent_training_active{run=\"quiet\"}[10m])"))
        .as("the quiet run trained while it was watched")
        .anySatisfy(sample -> assertThat(sample.path("value").get(1).asText()).isEqualTo("1"));
    assertThat(receiver.received())
        .as("alerts of the quiet run that reached a receiver")
        .noneMatch(a -> quiet.instances().contains(a.label("instance")))
        .noneMatch(a -> a.label("run").equals("quiet"));
    assertThat(alertmanager.alerts())
        .as("alerts of the quiet run in Alertmanager")
        .noneMatch(a -> quiet.instances().contains(a.path("labels").path("instance").asText()));
    assertThat(
            prometheus.resultOf(
                "max_over_time(ALERTS{alertstate=\"firing\", instance=~\""
                    + String.join("|", quiet.instances())
                    + "\"}[10m])"))
        .as("alerts of the quiet run that fired in Prometheus")
        .isEmpty();
    assertThat(quietTrain.isAlive()).as("the quiet run lingers to the end").isTrue();
  }

  // ---- targets ----------------------------------------------------------------------------------

  /**
   * Free ports for the target's endpoints, chosen now so that Prometheus watches them from its
   * start, as it watches a configured port before the process behind it starts.
   */
  private static Target target(String run, String... jobs) throws Exception {
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (String job : jobs) {
      ports.put(job, LocalServer.freePort());
    }
    return new Target(run, ports);
  }

  /** Starts {@code wealtharena ARGS} for {@code target} in a child JVM, its output in files. */
  private Process start(String name, Target target, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(args));
    command.addAll(
        List.of(
            "--multi-agent-port",
            String.valueOf(target.ports().get(MULTI)),
            "--specialized-agents-port",
            String.valueOf(target.ports().get(SPECIALIZED)),
            "--bind",
            "127.0.0.1"));
    if (args[0].equals("train")) {
      command.addAll(List.of("--output", workDir.resolve(name + "-run").toString()));
    }
    Process process =
        ChildJvm.of(Main.class, command)
            .redirectOutput(workDir.resolve(name + ".out").toFile())
            .redirectError(workDir.resolve(name + ".log").toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    processes.add(process);
    return process;
  }

  /**
   * A specialized-agents endpoint in this JVM into which a buggy agent records one spread per agent
   * id, for 20,000 ids: the family keeps the first 10,000, the rest are rejected.
   */
  private static MetricsServer flood(Target flood) {
    SpecializedAgentMetrics metrics = new SpecializedAgentMetrics();
    MetricsServer server =
        metrics.startSpecializedAgentsMetricsServer(
            MetricsServerConfig.builder()
                .port(flood.ports().get(SPECIALIZED))
                .bindAddress("127.0.0.1")
                .jvmMetrics(false)
                .build());
    for (int i = 0; i < FLOOD_AGENT_IDS; i++) {
      metrics.recordMarketMakerSpread("flood-" + i, "AAPL", 0.01);
    }
    return server;
  }

  /** The agents whose final state the simulate's JSON summary reports as halted. */
  private Set<String> haltedAgents(Process simulate) throws Exception {
    Path out = workDir.resolve("risk.out");
    boolean summarised = poll(START_DEADLINE, () -> Files.readString(out).strip().endsWith("}"));
    assertThat(summarised)
        .as("the simulate's summary (alive: %s); its log:%n%s", simulate.isAlive(), logs())
        .isTrue();
    Set<String> halted = new TreeSet<>();
    for (JsonNode agent : JSON.readTree(Files.readString(out)).path("agents")) {
      if (agent.path("finalState").asText().equals("halted")) {
        halted.add(agent.path("agentId").asText());
      }
    }
    return halted;
  }

  // ---- configuration
  // ------------------------------------------------------------------------------

  /** The shipped file_sd configuration: our targets and Alertmanager, one-second intervals. */
  private Path prometheusConfig(AlertmanagerServer alertmanager) throws Exception {
    ObjectNode config =
        (ObjectNode)
            DeployFiles.yaml(DeployFiles.prometheusDir().resolve("prometheus.file_sd.yml"));
    ObjectNode global = config.withObjectProperty("global");
    global.put("scrape_interval", "1s");
    global.put("scrape_timeout", "1s");
    global.put("evaluation_interval", "1s");
    ArrayNode alertmanagers = (ArrayNode) config.path("alerting").path("alertmanagers");
    assertThat(alertmanagers.size()).as("shipped alertmanagers").isEqualTo(1);
    ArrayNode amTargets =
        (ArrayNode) alertmanagers.get(0).path("static_configs").get(0).path("targets");
    amTargets.removeAll().add(alertmanager.address());
    for (JsonNode job : config.path("scrape_configs")) {
      ((ObjectNode) job).put("scrape_interval", "1s");
      for (JsonNode sd : job.path("file_sd_configs")) {
        ArrayNode files = (ArrayNode) sd.path("files");
        for (int i = 0; i < files.size(); i++) {
          // the shipped glob (targets/<name>*.ext), in our directory
          files.set(i, files.textNode(workDir.resolve(files.get(i).asText()).toString()));
        }
        ((ObjectNode) sd).put("refresh_interval", "1s");
      }
    }
    DeployFiles.resolveRuleFiles(config);
    Path file = workDir.resolve("prometheus.yml");
    YAML.writeValue(file.toFile(), config);
    return file;
  }

  /**
   * Target files matching the shipped globs (targets/multi_agent_rl*.json,
   * targets/specialized_agents*.yml), with the topology labels of the integration guide.
   */
  private void writeTargetFiles(List<Target> targets) throws Exception {
    Path dir = Files.createDirectories(workDir.resolve("targets"));
    Map<String, ArrayNode> byJob = new LinkedHashMap<>();
    for (Target target : targets) {
      for (String job : target.ports().keySet()) {
        ObjectNode group = JSON.createObjectNode();
        group.putArray("targets").add(target.instance(job));
        ObjectNode labels = group.putObject("labels");
        labels.put("host", "e2e-host");
        labels.put("env", "e2e");
        labels.put("run", target.run());
        byJob.computeIfAbsent(job, j -> JSON.createArrayNode()).add(group);
      }
    }
    JSON.writeValue(dir.resolve("multi_agent_rl_e2e.json").toFile(), byJob.get(MULTI));
    YAML.writeValue(dir.resolve("specialized_agents_e2e.yml").toFile(), byJob.get(SPECIALIZED));
  }

  /**
   * The shipped Alertmanager configuration with every receiver posting to {@code receiver} (same
   * receiver names, as paths) and its waits shortened to seconds; routes and inhibitions as
   * shipped.
   */
  private Path alertmanagerConfig(WebhookReceiver receiver) throws Exception {
    ObjectNode config =
        (ObjectNode)
            DeployFiles.yaml(DeployFiles.deploy().resolve("alertmanager/alertmanager.yml"));
    shortenWaits((ObjectNode) config.path("route"));
    for (JsonNode r : config.path("receivers")) {
      String name = r.path("name").asText();
      for (JsonNode webhook : r.path("webhook_configs")) {
        ((ObjectNode) webhook).put("url", receiver.url() + "/" + name);
      }
    }
    Path file = workDir.resolve("alertmanager.yml");
    YAML.writeValue(file.toFile(), config);
    return file;
  }

  private static void shortenWaits(ObjectNode route) {
    if (route.has("group_wait")) {
      route.put("group_wait", "1s");
    }
    if (route.has("group_interval")) {
      route.put("group_interval", "2s");
    }
    for (JsonNode child : route.path("routes")) {
      shortenWaits((ObjectNode) child);
    }
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(workDir.resolve(name), text);
  }

  // ---- waiting and checking ---------------------------------------------------------------------

  private static Predicate<WebhookReceiver.Received> alert(String name) {
    return a -> a.label("alertname").equals(name) && a.status().equals("firing");
  }

  private WebhookReceiver.Received await(
      WebhookReceiver receiver,
      AlertmanagerServer alertmanager,
      String what,
      Predicate<WebhookReceiver.Received> wanted)
      throws Exception {
    WebhookReceiver.Received found = receiver.await(FIVE_MINUTES_AND_SLACK, wanted);
    assertThat(found)
        .as(
            "%s did not reach the receiver within %s; received: %s%nAlertmanager holds: %s%n"
                + "Alertmanager log:%n%s",
            what,
            FIVE_MINUTES_AND_SLACK,
            receiver.received(),
            alertmanager.alerts(),
            alertmanager.log())
        .isNotNull();
    return found;
  }

  private void awaitData(PrometheusServer prometheus, String what, String promql) throws Exception {
    boolean answered =
        prometheus.poll(START_DEADLINE, () -> !prometheus.resultOf(promql).isEmpty());
    assertThat(answered)
        .as(
            "%s: no data within %s for %s%nPrometheus log:%n%s%nlogs:%n%s",
            what, START_DEADLINE, promql, prometheus.log(), logs())
        .isTrue();
  }

  private static String upOnAll(Target target) {
    return "count(up{run=\"" + target.run() + "\"} == 1) == " + target.ports().size();
  }

  private static void assertLabels(WebhookReceiver.Received alert, Map<String, String> expected) {
    expected.forEach(
        (name, value) ->
            assertThat(alert.label(name)).as("%s of %s", name, alert).isEqualTo(value));
  }

  private static void assertRunbookLink(WebhookReceiver.Received alert) {
    assertThat(alert.annotations().path("runbook_url").asText())
        .as("runbook link of %s", alert)
        .isEqualTo(RUNBOOKS + alert.label("alertname").toLowerCase(Locale.ROOT));
    assertThat(alert.annotations().path("summary").asText())
        .as("summary of %s", alert)
        .isNotBlank();
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  /** Checks {@code check} every 100 ms until it holds (true) or {@code timeout} passes (false). */
  private static boolean poll(Duration timeout, Check check) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Object pause = new Object();
    while (System.nanoTime() < deadline) {
      if (check.holds()) {
        return true;
      }
      synchronized (pause) {
        pause.wait(100); // polling interval between checks, not a synchronisation sleep
      }
    }
    return false;
  }

  private String logs() {
    StringBuilder all = new StringBuilder();
    for (String name : List.of("quiet", "doomed", "risk")) {
      all.append("--- ").append(name).append(".log\n").append(tail(workDir.resolve(name + ".log")));
    }
    return all.toString();
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log);
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    } catch (Exception e) {
      return "(no log: " + e + ")\n";
    }
  }
}
