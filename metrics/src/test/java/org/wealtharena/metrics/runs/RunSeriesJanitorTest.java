package org.wealtharena.metrics.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.PpoUpdateStatistics;
import org.wealtharena.metrics.testing.Scrape;

class RunSeriesJanitorTest {

  private static final Duration TTL = Duration.ofMinutes(10);

  /** Every family labelled by run_id. */
  private static final List<String> RUN_FAMILIES =
      List.of(
          "multi_agent_current_iteration",
          "multi_agent_episode_reward_mean",
          "multi_agent_policy_loss",
          "multi_agent_value_loss",
          "multi_agent_policy_entropy",
          "multi_agent_approx_kl",
          "multi_agent_clip_fraction",
          "multi_agent_explained_variance",
          "multi_agent_evaluation_reward");

  private final MultiAgentMetrics metrics = new MultiAgentMetrics();
  private long now = 1_000_000_000L; // arbitrary origin: nanoTime values are only compared
  private final RunSeriesJanitor janitor = new RunSeriesJanitor(metrics, TTL, () -> now);

  private void advance(Duration d) {
    now += d.toNanos();
  }

  private void iterate(String runId) {
    metrics.recordMultiAgentIteration("hierarchical", 3, runId, 1.25);
    metrics.recordMultiAgentPpoUpdate(
        "hierarchical",
        runId,
        "meta_controller",
        new PpoUpdateStatistics(-0.02, 0.3, 1.1, 0.01, 0.15, 0.4));
    metrics.recordMultiAgentEvaluationReward("hierarchical", runId, "trained", 2.0, 1.5, 2.5);
  }

  private List<String> runIds(String family) {
    return Scrape.points(metrics.registry(), family).stream()
        .map(p -> p.getLabels().get("run_id"))
        .sorted()
        .toList();
  }

  @Test
  void finishedRunsSeriesStayUntilTheTtlAndGoAtTheFirstSweepAfterIt() {
    janitor.runStarted("run_1");
    iterate("run_1");
    janitor.runFinished("run_1");

    advance(TTL.minusNanos(1));
    assertThat(janitor.sweep()).isZero();
    assertThat(runIds("multi_agent_current_iteration")).containsExactly("run_1");

    RUN_FAMILIES.forEach(family -> assertThat(runIds(family)).as(family).isNotEmpty());

    advance(Duration.ofNanos(1));
    assertThat(janitor.sweep()).isEqualTo(1);
    RUN_FAMILIES.forEach(family -> assertThat(runIds(family)).as(family).isEmpty());
    assertThat(janitor.sweep()).as("already removed").isZero();
  }

  @Test
  void otherRunsAndRunningRunsAreUntouched() {
    janitor.runStarted("old");
    iterate("old");
    janitor.runFinished("old");
    advance(Duration.ofMinutes(5));
    janitor.runStarted("recent");
    iterate("recent");
    janitor.runFinished("recent");
    janitor.runStarted("running");
    iterate("running");
    iterate("never_reported");

    advance(Duration.ofMinutes(5));
    assertThat(janitor.sweep()).isEqualTo(1);
    assertThat(runIds("multi_agent_current_iteration"))
        .containsExactly("never_reported", "recent", "running");

    advance(Duration.ofHours(24));
    janitor.sweep();
    RUN_FAMILIES.forEach(
        family ->
            assertThat(runIds(family))
                .as(family)
                .containsOnly("never_reported", "running")
                .hasSize(family.equals("multi_agent_evaluation_reward") ? 6 : 2));
    assertThat(
            Scrape.value(
                metrics.registry(),
                "multi_agent_iterations_total",
                "coordination_type",
                "hierarchical"))
        .as("unlabelled-by-run families stay")
        .hasValue(4.0);
  }

  @Test
  void startingARunSweepsAndCancelsThePendingRemovalOfAReusedId() {
    janitor.runStarted("a");
    iterate("a");
    janitor.runFinished("a");
    janitor.runStarted("b");
    iterate("b");
    janitor.runFinished("b");

    advance(TTL);
    janitor.runStarted("b"); // id reused: b runs again, a is swept by the start
    assertThat(runIds("multi_agent_current_iteration")).containsExactly("b");

    advance(TTL.multipliedBy(3));
    assertThat(janitor.sweep()).isZero();
    assertThat(runIds("multi_agent_current_iteration")).containsExactly("b");
  }

  @Test
  void aRunFinishedAgainCountsFromItsLastFinish() {
    janitor.runFinished("a");
    iterate("a");
    advance(Duration.ofMinutes(8));
    janitor.runFinished("a");

    advance(Duration.ofMinutes(8));
    assertThat(janitor.sweep()).isZero();
    advance(Duration.ofMinutes(2));
    assertThat(janitor.sweep()).isEqualTo(1);
  }

  @Test
  void zeroTtlKeepsFinishedRunsForever() {
    RunSeriesJanitor keepAll = new RunSeriesJanitor(metrics, Duration.ZERO, () -> now);
    iterate("a");
    keepAll.runFinished("a");
    advance(Duration.ofDays(365));
    assertThat(keepAll.sweep()).isZero();
    assertThat(runIds("multi_agent_current_iteration")).containsExactly("a");
    keepAll.startSweeping().close(); // no thread to start or stop
  }

  @Test
  void negativeTtlIsRejected() {
    assertThatThrownBy(() -> new RunSeriesJanitor(metrics, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1S");
  }
}
