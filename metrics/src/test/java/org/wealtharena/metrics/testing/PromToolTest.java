package org.wealtharena.metrics.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The helper fails on what promtool rejects, so tests that rely on it can fail. */
class PromToolTest {

  private static final String LINT_PROBLEM =
      "# HELP jobs_count Jobs.\n# TYPE jobs_count gauge\njobs_count 1\n";

  @Test
  void acceptsValidExposition() {
    PromTool promtool = PromTool.require();
    assertThatCode(
            () ->
                promtool.assertValidMetrics(
                    "# HELP jobs_total Jobs.\n# TYPE jobs_total counter\njobs_total 1\n"))
        .doesNotThrowAnyException();
  }

  @Test
  void rejectsMalformedExposition() {
    PromTool promtool = PromTool.require();
    assertThatThrownBy(
            () -> promtool.assertValidMetrics("# TYPE jobs_total counter\njobs_total{a=\"1\" 1\n"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void rejectsLintProblemsUnlessAccepted() {
    PromTool promtool = PromTool.require();
    assertThatThrownBy(() -> promtool.assertValidMetrics(LINT_PROBLEM))
        .isInstanceOf(AssertionError.class);
    assertThatCode(
            () ->
                promtool.assertValidMetrics(
                    LINT_PROBLEM,
                    "jobs_count non-histogram and non-summary metrics should not have \"_count\" suffix"))
        .doesNotThrowAnyException();
  }
}
