package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wealtharena.metrics.testing.SparkSeries;

/** The Grafana dashboards' variables, data sources, layout and histogram queries. */
class DashboardStructureTest {

  private static final Map<Double, String> UP_COLOURS = Map.of(0.0, "red", 1.0, "green");
  private static final Map<Double, String> NONE_IS_GREEN =
      Map.of(0.0, "green", 1.0, "red", 3.0, "red");

  private static final Map<String, Set<String>> REQUIRED_VARIABLES =
      Map.of(
          "multi-agent-training.json",
              Set.of(
                  "datasource", "host", "env", "run", "instance", "agent_id", "coordination_type"),
          "specialized-agents.json",
              Set.of(
                  "datasource",
                  "host",
                  "env",
                  "run",
                  "instance",
                  "agent_id",
                  "symbol",
                  "market_pair"));

  /**
   * The stat panels each dashboard must have, with the colour a value must show: up is red at 0 and
   * green at 1; a halted agent or a rejected sample is red, none of them green.
   */
  private static final Map<String, Map<String, Map<Double, String>>> STAT_COLOURS =
      Map.of(
          "multi-agent-training.json",
          Map.of("Endpoint up", UP_COLOURS, "Rejected samples", NONE_IS_GREEN),
          "specialized-agents.json",
          Map.of(
              "Endpoint up",
              UP_COLOURS,
              "Halted agents",
              NONE_IS_GREEN,
              "Rejected samples",
              NONE_IS_GREEN));

  /** The catalog's PPO diagnostics and evaluation gauges ("Added families", endpoint 1). */
  private static final List<String> PPO_FAMILIES =
      List.of(
          "multi_agent_policy_loss",
          "multi_agent_value_loss",
          "multi_agent_policy_entropy",
          "multi_agent_approx_kl",
          "multi_agent_clip_fraction",
          "multi_agent_explained_variance",
          "multi_agent_evaluation_reward");

  /** The file_sd topology labels of deploy/prometheus/targets/ (integration guide). */
  private static final List<String> TOPOLOGY_LABELS = List.of("host", "env", "run");

  private static final Pattern BUCKET_SELECTOR = Pattern.compile("rate\\(\\s*[a-z_:]+_bucket\\b");
  private static final Pattern VARIABLE_USE = Pattern.compile("\\$\\{?([a-zA-Z_][a-zA-Z0-9_]*)");
  private static final Pattern SELECTOR = Pattern.compile("[a-zA-Z_:]*\\{[^}]*}");

  static Stream<Path> dashboards() {
    return DeployFiles.dashboards().stream();
  }

  @Test
  void bothDashboardsAreShipped() {
    assertThat(DeployFiles.dashboards().stream().map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrderElementsOf(REQUIRED_VARIABLES.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboards")
  void hasDatasourceAndFilterVariables(Path file) {
    JsonNode dashboard = DeployFiles.json(file);
    List<String> names = new ArrayList<>();
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      String name = variable.path("name").asText();
      names.add(name);
      if (name.equals("datasource")) {
        assertThat(variable.path("type").asText())
            .as("datasource variable type")
            .isEqualTo("datasource");
        assertThat(variable.path("query").asText())
            .as("datasource variable plugin")
            .isEqualTo("prometheus");
      } else {
        assertThat(variable.path("type").asText()).as("$%s type", name).isEqualTo("query");
        assertThat(variable.path("datasource").path("uid").asText())
            .as("$%s datasource", name)
            .isEqualTo("${datasource}");
        if (variable.path("includeAll").asBoolean()) {
          assertThat(variable.path("allValue").asText()).as("$%s allValue", name).isEqualTo(".*");
        }
      }
    }
    assertThat(names)
        .as("variables of %s", file.getFileName())
        .containsAll(REQUIRED_VARIABLES.get(file.getFileName().toString()))
        .doesNotHaveDuplicates();
    assertThat(dashboard.path("uid").asText()).isNotBlank();
    assertThat(dashboard.path("title").asText()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboards")
  void everyPanelUsesTheDatasourceVariableAndSitsInARow(Path file) {
    JsonNode dashboard = DeployFiles.json(file);
    assertThat(dashboard.path("panels").get(0).path("type").asText())
        .as("first panel is a row")
        .isEqualTo("row");
    Set<Integer> ids = new HashSet<>();
    for (JsonNode panel : dashboard.path("panels")) {
      assertThat(ids.add(panel.path("id").asInt()))
          .as("unique panel id %s", panel.path("id"))
          .isTrue();
    }
    for (JsonNode panel : DeployFiles.panels(dashboard)) {
      String title = panel.path("title").asText();
      assertThat(panel.path("datasource").path("uid").asText())
          .as("panel '%s' datasource", title)
          .isEqualTo("${datasource}");
      assertThat(panel.path("targets")).as("panel '%s' targets", title).isNotEmpty();
      for (JsonNode target : panel.path("targets")) {
        assertThat(target.path("datasource").path("uid").asText())
            .as("panel '%s' target datasource", title)
            .isEqualTo("${datasource}");
        assertThat(target.path("expr").asText()).as("panel '%s' expr", title).isNotBlank();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboards")
  void histogramPanelsShowQuantilesAggregatedByLe(Path file) {
    int histograms = 0;
    for (DeployFiles.Query query : DeployFiles.dashboardQueries(file)) {
      String expr = query.expr();
      if (BUCKET_SELECTOR.matcher(expr).find()) {
        histograms++;
        assertThat(expr)
            .as(query.where())
            .startsWith("histogram_quantile(")
            .containsPattern("sum by \\(le[,)]")
            .contains("[$__rate_interval]");
      }
    }
    assertThat(histograms).as("histogram queries in %s", file.getFileName()).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboards")
  void everyFilterVariableIsUsedInRegexMatchersOnly(Path file) {
    JsonNode dashboard = DeployFiles.json(file);
    Set<String> used = new HashSet<>();
    for (DeployFiles.Query query : DeployFiles.dashboardQueries(file)) {
      Matcher m = VARIABLE_USE.matcher(query.expr());
      while (m.find()) {
        String name = m.group(1);
        if (name.startsWith("__")) {
          continue; // $__rate_interval, $__range
        }
        used.add(name);
        String before = query.expr().substring(0, m.start());
        assertThat(before)
            .as("%s: $%s must be used as =~\"$%s\"", query.where(), name, name)
            .endsWith("=~\"");
      }
    }
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      String name = variable.path("name").asText();
      if (!name.equals("datasource")) {
        assertThat(used)
            .as("variable $%s of %s is used by some query", name, file.getFileName())
            .contains(name);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboards")
  void everyStatPanelHasThresholdsAndValueMappings(Path file) {
    List<String> stats = new ArrayList<>();
    for (JsonNode panel : DeployFiles.json(file).path("panels")) {
      if (!panel.path("type").asText().equals("stat")) {
        continue;
      }
      String title = panel.path("title").asText();
      stats.add(title);
      JsonNode defaults = panel.path("fieldConfig").path("defaults");
      JsonNode steps = defaults.path("thresholds").path("steps");
      assertThat(steps.size())
          .as("%s: a base colour and at least one threshold", title)
          .isGreaterThan(1);
      assertThat(steps.get(0).path("color").asText())
          .as("%s: the base colour is not the default green, so a 0 does not look healthy", title)
          .isNotEqualTo("green");
      assertThat(defaults.path("mappings").size()).as("%s value mappings", title).isPositive();
      assertThat(defaults.path("color").path("mode").asText())
          .as("%s colours by thresholds", title)
          .isEqualTo("thresholds");
    }
    assertThat(stats)
        .as("stat panels")
        .containsAll(STAT_COLOURS.get(file.getFileName().toString()).keySet());
  }

  /**
   * The colour Grafana gives each value of the up, halted and rejected stats: a value mapping's
   * colour where one matches, else the colour of the highest threshold step at or below it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboards")
  void statPanelsColourHealthyValuesGreenAndTroubleRed(Path file) {
    Map<String, Map<Double, String>> expected = STAT_COLOURS.get(file.getFileName().toString());
    for (JsonNode panel : DeployFiles.json(file).path("panels")) {
      Map<Double, String> colours = expected.get(panel.path("title").asText());
      if (colours == null) {
        continue;
      }
      JsonNode defaults = panel.path("fieldConfig").path("defaults");
      colours.forEach(
          (value, colour) ->
              assertThat(colourOf(defaults, value))
                  .as("%s showing %s", panel.path("title").asText(), value)
                  .isEqualTo(colour));
    }
  }

  private static String colourOf(JsonNode fieldDefaults, double value) {
    for (JsonNode mapping : fieldDefaults.path("mappings")) {
      if (mapping.path("type").asText().equals("value")) {
        var options = mapping.path("options").fields();
        while (options.hasNext()) {
          var option = options.next();
          if (Double.parseDouble(option.getKey()) == value && option.getValue().has("color")) {
            return option.getValue().path("color").asText();
          }
        }
      }
    }
    String colour = null;
    for (JsonNode step : fieldDefaults.path("thresholds").path("steps")) {
      if (step.path("value").isNull() || step.path("value").asDouble() <= value) {
        colour = step.path("color").asText();
      }
    }
    return colour;
  }

  /**
   * Every series selector filters by the three topology labels, so that picking a host, env or run
   * narrows every panel; each topology variable by the ones before it. A recording rule keeps job
   * and instance only: its query joins it with the target's up instead.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboards")
  void everySelectorFiltersByTheFileSdTopologyLabels(Path file) {
    for (DeployFiles.Query query : DeployFiles.dashboardQueries(file)) {
      if (query.expr().startsWith("ALERTS{")) {
        continue; // the firing alerts of every target
      }
      List<String> expected = TOPOLOGY_LABELS;
      for (int i = 0; i < TOPOLOGY_LABELS.size(); i++) {
        if (query.where().endsWith("variable $" + TOPOLOGY_LABELS.get(i))) {
          expected = TOPOLOGY_LABELS.subList(0, i);
        }
      }
      Matcher selectors = SELECTOR.matcher(query.expr());
      while (selectors.find()) {
        String selector = selectors.group();
        if (selector.substring(0, selector.indexOf('{')).contains(":")) {
          assertThat(query.expr()).as(query.where()).contains("and on (job, instance) up{");
          continue;
        }
        for (String label : expected) {
          assertThat(selector)
              .as("%s: %s", query.where(), query.expr())
              .contains(label + "=~\"$" + label + "\"");
        }
      }
    }
  }

  /** A row of the multi-agent dashboard shows every PPO diagnostic and the evaluation gauges. */
  @Test
  void aRowShowsThePpoDiagnosticsAndTheEvaluation() {
    JsonNode dashboard =
        DeployFiles.json(
            DeployFiles.deploy().resolve("grafana/dashboards/multi-agent-training.json"));
    List<String> inRow = new ArrayList<>();
    boolean inPpoRow = false;
    for (JsonNode panel : dashboard.path("panels")) {
      if (panel.path("type").asText().equals("row")) {
        inPpoRow = panel.path("title").asText().startsWith("PPO diagnostics");
      } else if (inPpoRow) {
        panel
            .path("targets")
            .forEach(t -> inRow.addAll(PromQl.metricNames(t.path("expr").asText())));
      }
    }
    assertThat(inRow).containsAll(PPO_FAMILIES);
  }

  /**
   * A row of the multi-agent dashboard shows Spark's executors, tasks and task failures: it reads
   * every Spark series the cluster tests find on a driver (and only those), all of the job {@value
   * SparkSeries#JOB}; no other panel reads Spark's series or that job.
   */
  @Test
  void aRowShowsSparksExecutorsTasksAndTaskFailures() {
    JsonNode dashboard =
        DeployFiles.json(
            DeployFiles.deploy().resolve("grafana/dashboards/multi-agent-training.json"));
    Set<String> inRow = new HashSet<>();
    List<String> titles = new ArrayList<>();
    boolean inSparkRow = false;
    for (JsonNode panel : dashboard.path("panels")) {
      if (panel.path("type").asText().equals("row")) {
        inSparkRow = panel.path("title").asText().startsWith("Spark executors and tasks");
        continue;
      }
      String title = panel.path("title").asText();
      for (JsonNode target : panel.path("targets")) {
        String expr = target.path("expr").asText();
        boolean spark = expr.contains("job=\"" + SparkSeries.JOB + "\"");
        assertThat(spark)
            .as("panel '%s' reads the Spark job iff in the Spark row", title)
            .isEqualTo(inSparkRow);
        if (inSparkRow) {
          titles.add(title);
          inRow.addAll(PromQl.metricNames(expr));
          Matcher selectors = SELECTOR.matcher(expr);
          while (selectors.find()) {
            assertThat(selectors.group())
                .as("%s: %s", title, expr)
                .contains("job=\"" + SparkSeries.JOB + "\"");
          }
        }
      }
    }
    assertThat(titles).as("panels of the Spark row").isNotEmpty();
    assertThat(inRow).containsExactlyInAnyOrderElementsOf(SparkSeries.all());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboards")
  void moneyIsInDollarsAndRatesUseTheRateInterval(Path file) {
    for (JsonNode panel : DeployFiles.json(file).path("panels")) {
      String title = panel.path("title").asText();
      if (title.matches("(?i).*\\b(pnl|profit)\\b.*")) {
        assertThat(panel.path("fieldConfig").path("defaults").path("unit").asText())
            .as("%s unit", title)
            .isEqualTo("currencyUSD");
      }
      for (JsonNode target : panel.path("targets")) {
        assertThat(target.path("expr").asText())
            .as("%s: windows follow the scrape interval", title)
            .doesNotContain("[5m]");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dashboards")
  void linksToTheOtherDashboardAndAnnotatesRunsAndAlerts(Path file) {
    JsonNode dashboard = DeployFiles.json(file);
    Set<String> otherUids = new HashSet<>();
    for (Path other : DeployFiles.dashboards()) {
      if (!other.equals(file)) {
        otherUids.add(DeployFiles.json(other).path("uid").asText());
      }
    }
    List<String> links = new ArrayList<>();
    dashboard.path("links").forEach(l -> links.add(l.path("url").asText()));
    for (String uid : otherUids) {
      assertThat(links).as("a link to %s", uid).anyMatch(url -> url.startsWith("/d/" + uid));
    }
    List<String> annotations = new ArrayList<>();
    dashboard
        .path("annotations")
        .path("list")
        .forEach(a -> annotations.add(a.path("expr").asText()));
    assertThat(annotations)
        .as("run start (and end) annotations")
        .anyMatch(
            e -> e.contains("multi_agent_training_active") || e.contains("wealtharena_run_info"));
    assertThat(annotations).anyMatch(e -> e.startsWith("ALERTS{"));
  }
}
