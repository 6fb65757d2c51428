package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/metrics.md} is generated from the families the code defines (each endpoint's {@link
 * FamilyFactory} list, with the help text and type registered with the client): this test fails
 * when the two differ. Regenerate with {@code mvn -B -q verify -pl metrics
 * -Dtest=MetricsReferenceTest -Dwealtharena.writeMetricsDoc=true}.
 */
class MetricsReferenceTest {

  private static final Path DOC = Path.of("..", "docs", "metrics.md");
  private static final String WRITE = "wealtharena.writeMetricsDoc";

  @Test
  void docsMetricsMdIsTheReferenceTheCodeDefines() throws IOException {
    String generated = render();
    if (Boolean.getBoolean(WRITE)) {
      Files.writeString(DOC, generated);
    }
    assertThat(DOC).as("docs/metrics.md; regenerate with -D%s=true", WRITE).exists();
    assertThat(Files.readString(DOC))
        .as(
            "docs/metrics.md differs from the families the code defines; regenerate with -D%s=true",
            WRITE)
        .isEqualTo(generated);
  }

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Metrics reference\n\n")
        .append("Generated from the code's family definitions by `MetricsReferenceTest`\n")
        .append(
            "(`metrics/src/test/java/org/wealtharena/metrics/`); do not edit by hand: the test\n")
        .append(
            "fails when this file and the code differ. Names are as on the wire. Counters are\n")
        .append(
            "counts: read them with `rate()` or `increase()`. Histograms expose `_bucket`, `_sum` and\n")
        .append(
            "`_count`. The binding contract is `metrics-catalog.md` of the project's spec; the\n")
        .append(
            "integration guide (`integration-guide.md`) shows how to record and query them.\n\n")
        .append("Both endpoints also serve the JVM and process families of the Prometheus client\n")
        .append(
            "(`jvm_*`, `process_*`), and the CLI adds `wealtharena_run_info` (gauge, labels mode,\n")
        .append(
            "coordination_type, run_id, version: 1 while the process runs; mode = train, simulate,\n")
        .append("evaluate, compare, serve) and, with `--pushgateway`,\n")
        .append(
            "`wealtharena_pushgateway_pushes_total` and `wealtharena_pushgateway_push_failures_total`\n")
        .append("(counters, label job).\n");
    section(
        md,
        "Endpoint 1: multi-agent training (port 8012, job wealtharena_multi_agent_rl)",
        new MultiAgentMetrics());
    section(
        md,
        "Endpoint 2: specialized agents (port 8013, job wealtharena_specialized_agents)",
        new SpecializedAgentMetrics());
    return md.toString();
  }

  private static void section(StringBuilder md, String title, EndpointMetrics endpoint) {
    Map<String, MetricSnapshot> snapshots = new HashMap<>();
    for (MetricSnapshot snapshot : endpoint.registry().scrape()) {
      snapshots.put(snapshot.getMetadata().getName(), snapshot);
    }
    md.append("\n## ").append(title).append("\n\n");
    md.append("| family | type | labels | unit | meaning |\n|---|---|---|---|---|\n");
    for (Family<?> family : endpoint.families.all()) {
      MetricSnapshot snapshot = snapshots.remove(baseName(family.name()));
      if (snapshot == null) {
        throw new IllegalStateException(family.name() + " is not registered with the client");
      }
      String type = type(snapshot);
      md.append("| `")
          .append(type.equals("counter") ? baseName(family.name()) + "_total" : family.name())
          .append("` | ")
          .append(type)
          .append(" | ")
          .append(String.join(", ", family.labelNames()))
          .append(" | ")
          .append(unit(family, type))
          .append(" | ")
          .append(snapshot.getMetadata().getHelp().replace("|", "\\|"))
          .append(" |\n");
    }
    MetricSnapshot rejected = snapshots.remove(baseName(SampleValidator.REJECTED_FAMILY));
    if (rejected != null) {
      md.append("| `")
          .append(SampleValidator.REJECTED_FAMILY)
          .append("` | counter | family, reason | count | ")
          .append(rejected.getMetadata().getHelp().replace("|", "\\|"))
          .append(" |\n");
    }
    assertThat(snapshots.keySet()).as("families registered outside the family list").isEmpty();
  }

  private static String baseName(String name) {
    return name.endsWith("_total") ? name.substring(0, name.length() - "_total".length()) : name;
  }

  private static String type(MetricSnapshot snapshot) {
    if (snapshot instanceof CounterSnapshot) {
      return "counter";
    }
    if (snapshot instanceof GaugeSnapshot) {
      return "gauge";
    }
    if (snapshot instanceof HistogramSnapshot) {
      return "histogram";
    }
    throw new IllegalStateException("unexpected type of " + snapshot.getMetadata().getName());
  }

  /** The unit a name or a value domain fixes; for other gauges the meaning names it. */
  private static String unit(Family<?> family, String type) {
    if (family.name().endsWith("_seconds")) {
      return "seconds";
    }
    if (type.equals("counter")) {
      return "count";
    }
    if (family.domain() == ValueDomain.RATIO) {
      return "ratio 0..1";
    }
    return "see meaning";
  }
}
