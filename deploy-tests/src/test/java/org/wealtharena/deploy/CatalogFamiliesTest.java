package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.SparkSeries;

/**
 * Every metric a rule or a dashboard queries exists: a family of the application's registries (the
 * catalog, as implemented) under its wire name, a recording rule, Prometheus' own {@code up}, or
 * (the multi-agent dashboard's Spark row) one of Spark's own series. And every catalog family has a
 * panel on its endpoint's dashboard.
 */
class CatalogFamiliesTest {

  /** Prometheus' own series, and the Pushgateway's time of the last push of a group. */
  private static final Set<String> PROMETHEUS_SERIES = Set.of("up", "ALERTS", "push_time_seconds");

  /**
   * Registered on both endpoints outside the endpoint classes: by the CLI (run info) and by the
   * Pushgateway session; the JVM families are added from the client's own {@link JvmMetrics}.
   */
  private static final Set<String> PROCESS_SERIES =
      Set.of(
          "wealtharena_run_info",
          "wealtharena_pushgateway_pushes_total",
          "wealtharena_pushgateway_push_failures_total");

  private static Set<String> processSeries() {
    PrometheusRegistry jvm = new PrometheusRegistry();
    JvmMetrics.builder().register(jvm);
    Set<String> names = new TreeSet<>(union(wireNames(jvm)));
    names.addAll(PROCESS_SERIES);
    return names;
  }

  /** Wire names (what PromQL selects) of a registry's families, keyed by family name. */
  private static Map<String, Set<String>> wireNames(PrometheusRegistry registry) {
    Map<String, Set<String>> families = new LinkedHashMap<>();
    for (MetricSnapshot snapshot : registry.scrape()) {
      String name = snapshot.getMetadata().getPrometheusName();
      Set<String> wire = new TreeSet<>();
      if (snapshot instanceof CounterSnapshot) {
        wire.add(name + "_total");
      } else if (snapshot instanceof HistogramSnapshot) {
        wire.addAll(List.of(name + "_bucket", name + "_count", name + "_sum"));
      } else if (snapshot instanceof SummarySnapshot) {
        wire.addAll(List.of(name, name + "_count", name + "_sum"));
      } else {
        wire.add(name);
      }
      families.put(snapshot instanceof CounterSnapshot ? name + "_total" : name, wire);
    }
    return families;
  }

  private static Map<String, Set<String>> multiAgentFamilies() {
    return wireNames(new MultiAgentMetrics().registry());
  }

  private static Map<String, Set<String>> specializedFamilies() {
    return wireNames(new SpecializedAgentMetrics().registry());
  }

  private static Set<String> recordingRuleNames() {
    Set<String> names = new TreeSet<>();
    DeployFiles.recordingRules().forEach(r -> names.add(r.path("record").asText()));
    return names;
  }

  private static Set<String> union(Map<String, Set<String>> families) {
    Set<String> all = new TreeSet<>();
    families.values().forEach(all::addAll);
    return all;
  }

  @Test
  void registriesExposeTheCatalogFamilies() {
    // sanity check of the source of truth: a few families from each table of the catalog
    assertThat(multiAgentFamilies())
        .containsKeys(
            "multi_agent_training_runs_total",
            "agent_coordination_overhead_seconds",
            "agent_coordination_efficiency");
    assertThat(specializedFamilies())
        .containsKeys(
            "arbitrage_executions_total", "risk_check_latency_seconds", "market_maker_spread");
  }

  @Test
  void everyMetricInARuleExists() {
    Set<String> known = new TreeSet<>(union(multiAgentFamilies()));
    known.addAll(union(specializedFamilies()));
    known.addAll(recordingRuleNames());
    known.addAll(PROMETHEUS_SERIES);
    known.addAll(processSeries());
    List<String> unknown = new ArrayList<>();
    for (var rule : DeployFiles.rules()) {
      String name = rule.has("alert") ? rule.path("alert").asText() : rule.path("record").asText();
      for (String metric : PromQl.metricNames(rule.path("expr").asText())) {
        if (!known.contains(metric)) {
          unknown.add(name + ": " + metric);
        }
      }
    }
    assertThat(unknown)
        .as("metrics in rules that no registry or recording rule provides")
        .isEmpty();
  }

  @Test
  void everyMetricInADashboardExistsOnThatDashboardsEndpoint() {
    checkDashboard("multi-agent-training.json", multiAgentFamilies(), SparkSeries.all());
    checkDashboard("specialized-agents.json", specializedFamilies(), List.of());
  }

  private static void checkDashboard(
      String file, Map<String, Set<String>> endpoint, List<String> sparkSeries) {
    Path dashboard = DeployFiles.deploy().resolve("grafana/dashboards").resolve(file);
    Set<String> known = new TreeSet<>(union(endpoint));
    known.addAll(sparkSeries);
    known.addAll(recordingRuleNames());
    known.addAll(PROMETHEUS_SERIES);
    known.addAll(processSeries());
    List<String> unknown = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    for (DeployFiles.Query query : DeployFiles.dashboardQueries(dashboard)) {
      for (String metric : PromQl.metricNames(query.expr())) {
        used.add(metric);
        if (!known.contains(metric)) {
          unknown.add(query.where() + ": " + metric);
        }
      }
    }
    assertThat(unknown).as("metrics in %s not served by its endpoint", file).isEmpty();

    List<String> withoutPanel = new ArrayList<>();
    endpoint.forEach(
        (family, wire) -> {
          if (wire.stream().noneMatch(used::contains)) {
            withoutPanel.add(family);
          }
        });
    assertThat(withoutPanel).as("catalog families without a panel in %s", file).isEmpty();
  }

  @Test
  void metricNameExtractionIgnoresFunctionsLabelsAndDurations() {
    assertThat(
            PromQl.metricNames(
                "histogram_quantile(0.99, sum by (le, agent_id) (rate(x_seconds_bucket{job=\"a\", agent_id=~\".*\"}[5m])))"
                    + " / on (job) group_left () max_over_time(y[1h] offset 5m) > bool 1e3 and z"))
        .containsExactly("x_seconds_bucket", "y", "z");
  }
}
