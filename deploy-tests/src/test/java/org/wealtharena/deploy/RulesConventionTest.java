package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Conventions promtool does not check: recording rule names, alert labels and annotations, runbook
 * sections, and that every rule is covered by a unit test.
 */
class RulesConventionTest {

  /** none: the Watchdog, which must not page anyone. */
  private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info", "none");

  private static final Pattern RECORD_NAME = Pattern.compile("([a-z_]+):([a-z0-9_]+):([a-z0-9_]+)");

  /** The always-firing heartbeat: it has no quiet case. */
  private static final String WATCHDOG = "WealthArenaWatchdog";

  /** Kept by every rule: where a series came from (job, instance and the file_sd labels). */
  private static final Set<String> TOPOLOGY = Set.of("job", "instance", "host", "env", "run");

  private static final Pattern FIRST_BY = Pattern.compile("\\bby\\s*\\(([^)]*)\\)");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*$");

  @Test
  void recordingRulesFollowLevelMetricOperations() {
    List<JsonNode> rules = DeployFiles.recordingRules();
    assertThat(rules).isNotEmpty();
    Set<String> names = new HashSet<>();
    for (JsonNode rule : rules) {
      String name = rule.path("record").asText();
      assertThat(names.add(name)).as("recording rule %s defined once", name).isTrue();
      Matcher m = RECORD_NAME.matcher(name);
      assertThat(m.matches()).as("%s is level:metric:operations", name).isTrue();
      // the level names the labels the result keeps: those of the first `by (...)`, minus the
      // topology (always kept: the same agent ids run in every process) and le (consumed by
      // histogram_quantile)
      Matcher by = FIRST_BY.matcher(rule.path("expr").asText());
      assertThat(by.find()).as("%s aggregates with by (...)", name).isTrue();
      assertThat(by.group(1).split("\\s*,\\s*"))
          .as("%s keeps job, instance and the file_sd labels", name)
          .contains(TOPOLOGY.toArray(String[]::new));
      List<String> labels = new ArrayList<>();
      for (String label : by.group(1).split(",")) {
        String l = label.trim();
        if (!l.isEmpty() && !TOPOLOGY.contains(l) && !l.equals("le")) {
          labels.add(l);
        }
      }
      String level = labels.isEmpty() ? "job" : String.join("_", labels);
      assertThat(m.group(1)).as("level of %s", name).isEqualTo(level);
      assertThat(m.group(3)).as("operations of %s", name).doesNotContain(":");
    }
  }

  @Test
  void alertsHaveSeverityAndAnnotationsAndRunbookSections() {
    List<JsonNode> alerts = DeployFiles.alertingRules();
    assertThat(alerts).isNotEmpty();
    Set<String> anchors = runbookAnchors();
    for (JsonNode alert : alerts) {
      String name = alert.path("alert").asText();
      assertThat(alert.path("labels").path("severity").asText())
          .as("%s severity", name)
          .isIn(SEVERITIES);
      JsonNode annotations = alert.path("annotations");
      for (String key : List.of("summary", "description", "runbook_url")) {
        assertThat(annotations.path(key).asText()).as("%s annotation %s", name, key).isNotBlank();
      }
      String url = annotations.path("runbook_url").asText();
      assertThat(url)
          .as("%s runbook_url", name)
          .startsWith("https://")
          .contains("docs/runbooks.md#");
      String anchor = url.substring(url.indexOf('#') + 1);
      assertThat(anchor)
          .as("%s runbook anchor is the alert name", name)
          .isEqualTo(name.toLowerCase(Locale.ROOT));
      assertThat(anchors).as("docs/runbooks.md has a section for %s", name).contains(anchor);
    }
  }

  @Test
  void theRequiredAlertsExist() {
    Set<String> names = new LinkedHashSet<>();
    DeployFiles.alertingRules().forEach(a -> names.add(a.path("alert").asText()));
    assertThat(names)
        .contains(
            "WealthArenaTargetDown",
            "WealthArenaCriticalRiskViolation",
            "WealthArenaAgentTradingHalted",
            "WealthArenaTrainingStalled",
            "WealthArenaArbitrageSuccessCollapse",
            "WealthArenaCoordinationEfficiencyLow",
            "WealthArenaTrainingRunFailed",
            "WealthArenaMultiAgentErrorsRising",
            "WealthArenaSpecializedAgentErrorsRising",
            "WealthArenaMetricsSamplesRejected",
            "WealthArenaMetricsCardinalityLimit",
            "WealthArenaPushFailing",
            "WealthArenaPushgatewayStale",
            "WealthArenaJvmDeadlock",
            "WealthArenaJvmHeapNearLimit",
            WATCHDOG);
  }

  @Test
  void everyAlertHasAFiringAndAQuietTestCase() {
    Set<String> firing = new HashSet<>();
    Set<String> quiet = new HashSet<>();
    for (Path file : DeployFiles.ruleTestFiles()) {
      for (JsonNode test : DeployFiles.yaml(file).path("tests")) {
        for (JsonNode check : test.path("alert_rule_test")) {
          String name = check.path("alertname").asText();
          (check.path("exp_alerts").isEmpty() ? quiet : firing).add(name);
        }
      }
    }
    for (JsonNode alert : DeployFiles.alertingRules()) {
      String name = alert.path("alert").asText();
      assertThat(firing).as("a test case where %s fires", name).contains(name);
      if (!name.equals(WATCHDOG)) { // always firing by design
        assertThat(quiet).as("a test case where %s stays quiet", name).contains(name);
      }
    }
  }

  @Test
  void everyRecordingRuleHasAnExpectedValueTest() {
    Set<String> tested = new HashSet<>();
    for (Path file : DeployFiles.ruleTestFiles()) {
      for (JsonNode test : DeployFiles.yaml(file).path("tests")) {
        for (JsonNode check : test.path("promql_expr_test")) {
          if (!check.path("exp_samples").isEmpty()) {
            tested.addAll(PromQl.metricNames(check.path("expr").asText()));
          }
        }
      }
    }
    for (JsonNode rule : DeployFiles.recordingRules()) {
      assertThat(tested)
          .as("a promql_expr_test with expected samples for %s", rule.path("record").asText())
          .contains(rule.path("record").asText());
    }
  }

  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
  private static Set<String> runbookAnchors() {
    String text = DeployFiles.read(DeployFiles.repoRoot().resolve("docs/runbooks.md"));
    Set<String> anchors = new HashSet<>();
    Matcher m = HEADING.matcher(text);
    while (m.find()) {
      anchors.add(
          m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
    }
    return anchors;
  }
}
