package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.metrics.testing.Binaries;
import org.wealtharena.metrics.testing.SparkSeries;

/**
 * Every dashboard query returns data on the series recorded from a real default {@code train}
 * ({@code deploy/prometheus/tests/recorded_train_test.yml}, written by {@code
 * deploy/scripts/record_series.py}). The recorded samples are loaded into a TSDB with {@code
 * promtool tsdb create-blocks-from openmetrics}, one minute apart as in the rule test, ending a
 * minute ago; a real Prometheus with the shipped rules serves them and evaluates the recording
 * rules (and ALERTS) from its start on. Each query is then evaluated as Grafana evaluates a panel:
 * a range query over the recorded span and the minute since, its variables at "All". A variable's
 * {@code label_values(selector, label)} has data when some series of the selector has the label.
 */
class DashboardDataTest {

  private static final String QUIET =
      "a default train fires nothing but the Watchdog, which the annotation leaves out";
  private static final String NOTHING_REJECTED =
      "a healthy run rejects no sample, and wealtharena_metrics_rejected_total is created by the"
          + " first rejection (the stat panels show 0 through `or vector(0)`)";

  private static final String ONE_MACHINE =
      "the recording is of a train on one machine; rollout tasks exist only with --engine spark";

  private static final String NO_SPARK =
      "the recording is of a train on one machine; Spark's own metrics exist only while a driver"
          + " of --engine spark runs";

  private static final Map<String, String> LISTED_WITHOUT_DATA =
      Map.of(
          "multi-agent-training.json annotation 'Firing alerts'",
          QUIET,
          "specialized-agents.json annotation 'Firing alerts'",
          QUIET,
          "multi-agent-training.json panel 'Rejected metric values' A",
          NOTHING_REJECTED,
          "specialized-agents.json panel 'Errors per second' B",
          NOTHING_REJECTED,
          "multi-agent-training.json panel 'Rollout tasks per second by status' A",
          ONE_MACHINE,
          "multi-agent-training.json panel 'Rollout task duration p95' A",
          ONE_MACHINE);

  /**
   * The queries that may lack data on the recording, each with why: those listed above, and every
   * query of Spark's own job. Exact: a query listed here that has data fails the test too, so the
   * list cannot go stale.
   */
  private static final Map<String, String> WITHOUT_DATA = withoutData();

  private static Map<String, String> withoutData() {
    Map<String, String> expected = new TreeMap<>(LISTED_WITHOUT_DATA);
    DeployFiles.allDashboardQueries()
        .filter(query -> query.expr().contains("job=\"" + SparkSeries.JOB + "\""))
        .forEach(query -> expected.put(query.where(), NO_SPARK));
    return expected;
  }

  private static final Pattern VARIABLE = Pattern.compile(".* variable \\$([a-zA-Z_]+)$");
  private static final Duration SPACING = Duration.ofMinutes(1);
  private static final Duration RULES_DEADLINE = Duration.ofSeconds(60);

  @TempDir static Path workDir;
  private static PrometheusServer prometheus;
  private static long firstSampleSeconds;

  @BeforeAll
  static void loadTheRecordingAndStartPrometheus() throws Exception {
    Path promtool = Binaries.require("promtool");
    Path prometheusBinary = Binaries.require("prometheus");
    RecordedSeries recorded =
        RecordedSeries.read(DeployFiles.prometheusDir().resolve("tests/recorded_train_test.yml"));
    long lastSampleSeconds = System.currentTimeMillis() / 1000 - SPACING.toSeconds();
    firstSampleSeconds = lastSampleSeconds - (recorded.samples() - 1) * SPACING.toSeconds();
    Path openMetrics = workDir.resolve("recorded.om");
    Files.writeString(openMetrics, recorded.openMetrics(firstSampleSeconds, SPACING));
    Path tsdb = Files.createDirectories(workDir.resolve("tsdb"));
    Commands.Result backfill =
        Commands.run(
            workDir,
            300,
            List.of(
                promtool.toString(),
                "tsdb",
                "create-blocks-from",
                "openmetrics",
                openMetrics.toString(),
                tsdb.toString()));
    assertThat(backfill.exitCode()).as(backfill.describe()).isZero();

    Path config = workDir.resolve("prometheus.yml");
    StringBuilder yaml = new StringBuilder("global:\n  evaluation_interval: 1s\nrule_files:\n");
    for (Path rules : DeployFiles.ruleFiles()) {
      yaml.append("  - ").append(rules.toAbsolutePath()).append('\n');
    }
    Files.writeString(config, yaml.toString());
    prometheus = PrometheusServer.start(prometheusBinary, workDir, config, tsdb);
    Set<String> recordingRules = new LinkedHashSet<>();
    DeployFiles.allDashboardQueries()
        .forEach(
            q ->
                PromQl.metricNames(q.expr()).stream()
                    .filter(name -> name.contains(":"))
                    .forEach(recordingRules::add));
    // the recording rules the dashboards read, evaluated on the loaded samples (a rule that never
    // answers is reported below with its queries)
    prometheus.poll(
        RULES_DEADLINE,
        () -> recordingRules.stream().allMatch(rule -> !prometheus.resultOf(rule).isEmpty()));
  }

  @AfterAll
  static void stopPrometheus() throws Exception {
    if (prometheus != null) {
      prometheus.close();
    }
  }

  @Test
  void everyDashboardQueryReturnsDataOnTheRecordedRun() {
    // Steps on the samples' one-minute grid (so that a one-minute window holds two samples), the
    // last at or after the present: the recording rules and ALERTS exist from Prometheus' start on.
    long step = SPACING.toSeconds();
    long now = System.currentTimeMillis() / 1000 + 1;
    long start = firstSampleSeconds;
    long end = start + (now - start + step - 1) / step * step;
    Map<String, String> withoutData = new TreeMap<>();
    DeployFiles.allDashboardQueries()
        .forEach(
            query -> {
              String expr = PromQl.substituteGrafanaVariables(query.expr());
              JsonNode result = prometheus.resultOfRange(expr, start, end, step);
              Optional<String> label = variableLabel(query);
              boolean hasData =
                  label.isEmpty()
                      ? !result.isEmpty()
                      : result.findValues("metric").stream()
                          .anyMatch(metric -> metric.hasNonNull(label.get()));
              if (!hasData) {
                withoutData.put(query.where(), expr);
              }
            });
    assertThat(withoutData.keySet())
        .as(
            "dashboard queries without data on the recording (expected: %s); queries: %s",
            WITHOUT_DATA, withoutData)
        .containsExactlyInAnyOrderElementsOf(WITHOUT_DATA.keySet());
  }

  /** The label a {@code label_values} variable lists, for a variable's query. */
  private static Optional<String> variableLabel(DeployFiles.Query query) {
    Matcher m = VARIABLE.matcher(query.where());
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1);
    for (Path file : DeployFiles.dashboards()) {
      if (query.where().startsWith(file.getFileName().toString())) {
        for (JsonNode variable : DeployFiles.json(file).path("templating").path("list")) {
          if (variable.path("name").asText().equals(name)) {
            JsonNode q = variable.path("query");
            String text = q.isObject() ? q.path("query").asText() : q.asText();
            return PromQl.labelValuesLabel(text);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The input series of a promtool rule test, expanded to one value (or gap) per interval. */
  record RecordedSeries(Map<String, List<String>> series, int samples) {

    static RecordedSeries read(Path testFile) {
      JsonNode inputs = DeployFiles.yaml(testFile).path("tests").get(0).path("input_series");
      Map<String, List<String>> series = new TreeMap<>();
      int samples = 0;
      for (JsonNode input : inputs) {
        List<String> values = expand(input.path("values").asText());
        series.put(input.path("series").asText(), values);
        samples = Math.max(samples, values.size());
      }
      return new RecordedSeries(series, samples);
    }

    /**
     * promtool's expanding notation as record_series.py writes it: {@code v}, {@code vxN} (N + 1
     * times v), {@code _} (a gap) and {@code _xN} (N gaps); null marks a gap.
     */
    static List<String> expand(String values) {
      List<String> expanded = new ArrayList<>();
      for (String token : values.trim().split("\\s+")) {
        int x = token.lastIndexOf('x');
        String value = x < 0 ? token : token.substring(0, x);
        int repeats = x < 0 ? 1 : Integer.parseInt(token.substring(x + 1));
        boolean gap = value.equals("_");
        int count = x < 0 ? 1 : gap ? repeats : repeats + 1;
        for (int i = 0; i < count; i++) {
          expanded.add(gap ? null : value);
        }
      }
      return expanded;
    }

    /** OpenMetrics text of every sample, series after series, the first at {@code start}. */
    String openMetrics(long startSeconds, Duration spacing) {
      StringBuilder text = new StringBuilder();
      series.forEach(
          (name, values) -> {
            for (int i = 0; i < values.size(); i++) {
              if (values.get(i) != null) {
                text.append(name)
                    .append(' ')
                    .append(values.get(i))
                    .append(' ')
                    .append(startSeconds + i * spacing.toSeconds())
                    .append('\n');
              }
            }
          });
      return text.append("# EOF\n").toString();
    }
  }
}
