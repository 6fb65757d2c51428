package org.wealtharena.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Locates and reads the files under {@code deploy/}, wherever the tests run from. */
final class DeployFiles {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile Path root;

  private DeployFiles() {}

  /**
   * The repository root: the first directory, from the working directory (cli/ under Maven)
   * upwards, that contains {@code deploy/prometheus}.
   */
  static Path repoRoot() {
    Path found = root;
    if (found == null) {
      Path dir = Path.of("").toAbsolutePath().normalize();
      while (dir != null && !Files.isDirectory(dir.resolve("deploy").resolve("prometheus"))) {
        dir = dir.getParent();
      }
      if (dir == null) {
        throw new IllegalStateException(
            "no directory containing deploy/prometheus above " + Path.of("").toAbsolutePath());
      }
      root = found = dir;
    }
    return found;
  }

  static Path deploy() {
    return repoRoot().resolve("deploy");
  }

  static Path prometheusDir() {
    return deploy().resolve("prometheus");
  }

  /** Every Prometheus configuration shipped: deploy/prometheus/prometheus*.yml. */
  static List<Path> prometheusConfigs() {
    return list(prometheusDir(), "prometheus*.yml");
  }

  static List<Path> ruleFiles() {
    return list(prometheusDir().resolve("rules"), "*.yml");
  }

  /**
   * Makes the {@code rule_files} globs of a shipped Prometheus configuration absolute, so the
   * configuration runs from another directory.
   */
  static void resolveRuleFiles(JsonNode config) {
    ArrayNode rules = (ArrayNode) config.path("rule_files");
    for (int i = 0; i < rules.size(); i++) {
      rules.set(
          i,
          rules.textNode(
              prometheusDir().resolve(rules.get(i).asText()).toAbsolutePath().toString()));
    }
  }

  static List<Path> ruleTestFiles() {
    return list(prometheusDir().resolve("tests"), "*.yml");
  }

  static List<Path> dashboards() {
    return list(deploy().resolve("grafana").resolve("dashboards"), "*.json");
  }

  static List<Path> list(Path dir, String glob) {
    List<Path> files = new ArrayList<>();
    try (var stream = Files.newDirectoryStream(dir, glob)) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    if (files.isEmpty()) {
      throw new IllegalStateException("no " + glob + " in " + dir);
    }
    return files;
  }

  static JsonNode yaml(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + file, e);
    }
  }

  static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + file, e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every rule (recording and alerting) of every rule file. */
  static List<JsonNode> rules() {
    List<JsonNode> rules = new ArrayList<>();
    for (Path file : ruleFiles()) {
      for (JsonNode group : yaml(file).path("groups")) {
        group.path("rules").forEach(rules::add);
      }
    }
    return rules;
  }

  static List<JsonNode> alertingRules() {
    return rules().stream().filter(r -> r.has("alert")).toList();
  }

  static List<JsonNode> recordingRules() {
    return rules().stream().filter(r -> r.has("record")).toList();
  }

  /**
   * A dashboard's panels, including panels nested in collapsed rows; row panels themselves
   * excluded.
   */
  static List<JsonNode> panels(JsonNode dashboard) {
    List<JsonNode> panels = new ArrayList<>();
    for (JsonNode panel : dashboard.path("panels")) {
      if ("row".equals(panel.path("type").asText())) {
        panel.path("panels").forEach(panels::add);
      } else {
        panels.add(panel);
      }
    }
    return panels;
  }

  /** A labelled PromQL expression found in a dashboard. */
  record Query(String where, String expr) {
    @Override
    public String toString() {
      return where;
    }
  }

  /**
   * Every PromQL expression of a dashboard: panel targets, Prometheus annotation queries, and the
   * series selector of each {@code label_values(selector, label)} variable query.
   */
  static List<Query> dashboardQueries(Path file) {
    JsonNode dashboard = json(file);
    String name = file.getFileName().toString();
    List<Query> queries = new ArrayList<>();
    for (JsonNode panel : panels(dashboard)) {
      for (JsonNode target : panel.path("targets")) {
        queries.add(
            new Query(
                name
                    + " panel '"
                    + panel.path("title").asText()
                    + "' "
                    + target.path("refId").asText(),
                target.path("expr").asText()));
      }
    }
    for (JsonNode annotation : dashboard.path("annotations").path("list")) {
      if (annotation.has("expr")) {
        queries.add(
            new Query(
                name + " annotation '" + annotation.path("name").asText() + "'",
                annotation.path("expr").asText()));
      }
    }
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      if ("query".equals(variable.path("type").asText())) {
        JsonNode query = variable.path("query");
        String text = query.isObject() ? query.path("query").asText() : query.asText();
        PromQl.labelValuesSelector(text)
            .ifPresent(
                selector ->
                    queries.add(
                        new Query(
                            name + " variable $" + variable.path("name").asText(), selector)));
      }
    }
    return queries;
  }

  static Stream<Query> allDashboardQueries() {
    return dashboards().stream().flatMap(file -> dashboardQueries(file).stream());
  }
}
