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

/** The Grafana dashboards' variables, data sources, layout and histogram queries. */
class DashboardStructureTest {

  private static final Map<String, Set<String>> REQUIRED_VARIABLES =
      Map.of(
          "multi-agent-training.json",
              Set.of("datasource", "instance", "agent_id", "coordination_type"),
          "specialized-agents.json",
              Set.of("datasource", "instance", "agent_id", "symbol", "market_pair"));
  private static final Pattern BUCKET_SELECTOR = Pattern.compile("rate\\(\\s*[a-z_:]+_bucket\\b");
  private static final Pattern VARIABLE_USE = Pattern.compile("\\$\\{?([a-zA-Z_][a-zA-Z0-9_]*)");

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
    assertThat(stats).as("stat panels").contains("Endpoint up");
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
