package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.cli.Main;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.Binaries;
import org.wealtharena.metrics.testing.ChildJvm;
import org.wealtharena.metrics.testing.SparkSeries;

/**
 * The guide's promise end to end: a real Prometheus, configured with the shipped {@code
 * deploy/prometheus/prometheus.yml} and its rules (targets pointed at the ports of a {@code
 * wealtharena train} child process, intervals shortened to one second), scrapes a training run; the
 * guide's queries, every catalog family of both endpoints, every recording rule and every dashboard
 * query then answer, and the recording API rejected nothing.
 */
class TrainEndToEndTest {

  private static final Pattern ENDPOINT =
      Pattern.compile("metrics: http://127\\.0\\.0\\.1:(\\d+)/metrics");
  private static final Duration DATA_DEADLINE = Duration.ofMinutes(4);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir static Path workDir;
  private static Process train;
  private static PrometheusServer prometheus;

  @BeforeAll
  static void startTrainingAndPrometheus() throws Exception {
    Path prometheusBinary = Binaries.require("prometheus");
    Path trainConfig = workDir.resolve("train.yaml");
    Files.writeString(
        trainConfig,
        String.join(
            "\n",
            "iterations: 3",
            "episodesPerIteration: 2",
            "episodeDuration: 5m",
            // the fewest episodes that publish multi_agent_sharpe_ratio
            "evaluationEpisodes: 10",
            "checkpointEvery: 1",
            // an edge over the background arbitrageurs, so that the arbitrageur executes within
            // these short episodes and arbitrage_success_rate has data (docs/market.md)
            "market:",
            "  arbitrageAdvantage: 1s",
            ""));
    train =
        ChildJvm.of(
                Main.class,
                "train",
                "--config",
                trainConfig.toString(),
                "--output",
                workDir.resolve("run").toString(),
                "--threads",
                "2",
                "--linger",
                "--multi-agent-port",
                "0",
                "--specialized-agents-port",
                "0",
                "--bind",
                "127.0.0.1")
            .redirectError(workDir.resolve("train.log").toFile())
            .start();
    List<Integer> ports = endpointPorts(train);

    Path config = workDir.resolve("prometheus.yml");
    YAML.writeValue(config.toFile(), shippedConfigPointedAt(ports.get(0), ports.get(1)));
    prometheus = PrometheusServer.start(prometheusBinary, workDir, config);
  }

  @AfterAll
  static void stop() throws Exception {
    if (prometheus != null) {
      prometheus.close();
    }
    if (train != null) {
      train.destroy(); // SIGTERM: a lingering train closes its endpoints and exits 0
      if (!train.waitFor(30, TimeUnit.SECONDS)) {
        train.destroyForcibly();
      }
    }
  }

  @Test
  void theGuidesQueriesEveryRecordingRuleAndEveryDashboardQueryAnswer() throws Exception {
    for (String job : List.of("wealtharena_multi_agent_rl", "wealtharena_specialized_agents")) {
      awaitData(
          "two successful scrapes of " + job,
          "count_over_time(up{job=\"" + job + "\"}[5m]) >= 2 and up{job=\"" + job + "\"} == 1");
    }
    for (String guideQuery :
        List.of(
            "agent_coordination_efficiency",
            "rate(agent_communication_total[5m])",
            "market_maker_fill_rate",
            "arbitrage_success_rate")) {
      awaitData("the guide's query", guideQuery);
    }
    for (JsonNode rule : DeployFiles.recordingRules()) {
      awaitData("recording rule", rule.path("record").asText());
    }
    for (String family : catalogFamilies()) {
      awaitData("catalog family", "{__name__=~\"" + family + "(_total|_count)?\"}");
    }
    assertThat(prometheus.resultOf("wealtharena_metrics_rejected_total"))
        .as("samples the recording API rejected during the run")
        .isEmpty();
    DeployFiles.allDashboardQueries()
        .forEach(
            query ->
                assertThat(
                        prometheus
                            .query(PromQl.substituteGrafanaVariables(query.expr()))
                            .path("status")
                            .asText())
                    .as(query.where())
                    .isEqualTo("success"));

    train.destroy();
    assertThat(train.waitFor(30, TimeUnit.SECONDS)).as("train exits after SIGTERM").isTrue();
    assertThat(train.exitValue()).as("train log:\n%s", trainLog()).isZero();
  }

  /** Every family of both endpoints, as the metrics library defines them (the catalog). */
  private static List<String> catalogFamilies() {
    List<String> families = new ArrayList<>();
    for (PrometheusRegistry registry :
        List.of(new MultiAgentMetrics().registry(), new SpecializedAgentMetrics().registry())) {
      for (MetricSnapshot snapshot : registry.scrape()) {
        String name = snapshot.getMetadata().getName();
        // our own bookkeeping is not the catalog, and only a run on a cluster has rollout tasks
        if (!name.startsWith("wealtharena_") && !name.startsWith("multi_agent_rollout_task")) {
          families.add(name);
        }
      }
    }
    assertThat(families).as("catalog families").hasSize(59);
    return families;
  }

  private static void awaitData(String what, String promql) throws InterruptedException {
    boolean answered = prometheus.poll(DATA_DEADLINE, () -> !prometheus.resultOf(promql).isEmpty());
    assertThat(answered)
        .as(
            "%s returned no data within %s: %s%ntrain log:%n%s",
            what, DATA_DEADLINE, promql, trainLog())
        .isTrue();
  }

  /** Reads the child's first stdout lines until both endpoints have announced their ports. */
  private static List<Integer> endpointPorts(Process process) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<Integer> ports = new ArrayList<>();
    String line;
    while (ports.size() < 2 && (line = out.readLine()) != null) {
      Matcher m = ENDPOINT.matcher(line);
      if (m.matches()) {
        ports.add(Integer.parseInt(m.group(1)));
      }
    }
    assertThat(ports).as("endpoint lines of train; its log:%n%s", trainLog()).hasSize(2);
    // Keep draining stdout so the child never blocks on a full pipe.
    Thread drain = new Thread(() -> out.lines().forEach(ignored -> {}), "train-stdout");
    drain.setDaemon(true);
    drain.start();
    return ports;
  }

  /**
   * The shipped config with its targets on our ports, one-second intervals (so two scrapes and rule
   * evaluations happen in seconds, not minutes) and its rule files by absolute path.
   */
  private static ObjectNode shippedConfigPointedAt(int multiAgentPort, int specializedPort) {
    ObjectNode config =
        (ObjectNode) DeployFiles.yaml(DeployFiles.prometheusDir().resolve("prometheus.yml"));
    config.remove("alerting"); // no Alertmanager here, and its compose host name is not loopback
    ObjectNode global = config.withObjectProperty("global");
    global.put("scrape_interval", "1s");
    global.put("evaluation_interval", "1s");
    global.put("scrape_timeout", "1s");
    Map<String, String> ports = new LinkedHashMap<>();
    ports.put("host.docker.internal:8012", "127.0.0.1:" + multiAgentPort);
    ports.put("host.docker.internal:8013", "127.0.0.1:" + specializedPort);
    ArrayNode jobs = (ArrayNode) config.path("scrape_configs");
    for (int i = jobs.size() - 1; i >= 0; i--) {
      if (jobs.get(i).path("job_name").asText().equals(SparkSeries.JOB)) {
        jobs.remove(i); // a train on one machine runs no Spark driver
      }
    }
    for (JsonNode job : jobs) {
      ((ObjectNode) job).put("scrape_interval", "1s");
      for (JsonNode staticConfig : job.path("static_configs")) {
        ArrayNode targets = (ArrayNode) staticConfig.path("targets");
        for (int i = 0; i < targets.size(); i++) {
          assertThat(ports).as("shipped target").containsKey(targets.get(i).asText());
          targets.set(i, targets.textNode(ports.get(targets.get(i).asText())));
        }
      }
    }
    DeployFiles.resolveRuleFiles(config);
    return config;
  }

  private static String trainLog() {
    try {
      String log = Files.readString(workDir.resolve("train.log"));
      return log.length() > 20_000 ? log.substring(log.length() - 20_000) : log;
    } catch (Exception e) {
      return "(no train log: " + e + ")";
    }
  }
}
