package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.metrics.testing.Binaries;

/**
 * Every dashboard query (panel targets and label_values variable selectors) and every rule
 * expression is evaluated by a real Prometheus: a parse or type error answers status "error".
 * Grafana variables are substituted first ({@code .*} for template variables, 5m for {@code
 * $__rate_interval}).
 */
class DashboardQueriesTest {

  @TempDir static Path workDir;
  private static PrometheusServer prometheus;

  @BeforeAll
  static void startPrometheus() throws Exception {
    prometheus = PrometheusServer.start(Binaries.require("prometheus"), workDir);
  }

  @AfterAll
  static void stopPrometheus() throws Exception {
    if (prometheus != null) {
      prometheus.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyDashboardQueryEvaluates() {
    return DeployFiles.allDashboardQueries()
        .map(
            query ->
                DynamicTest.dynamicTest(
                    query.where(),
                    () ->
                        assertEvaluates(
                            query.where(), PromQl.substituteGrafanaVariables(query.expr()))));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleExpressionEvaluates() {
    return DeployFiles.rules().stream()
        .map(
            rule -> {
              String name =
                  rule.has("alert")
                      ? "alert " + rule.path("alert").asText()
                      : "record " + rule.path("record").asText();
              return DynamicTest.dynamicTest(
                  name, () -> assertEvaluates(name, rule.path("expr").asText()));
            });
  }

  private static void assertEvaluates(String where, String expr) {
    assertThat(expr).as(where).isNotBlank();
    JsonNode answer = prometheus.query(expr);
    assertThat(answer.path("status").asText())
        .as("%s\nquery: %s\nanswer: %s", where, expr, answer)
        .isEqualTo("success");
  }
}
