package org.wealtharena.training.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wealtharena.training.ppo.UpdateResult;
import org.wealtharena.training.trainer.PpoDiagnostics.Statistic;

class PpoDiagnosticsTest {

  private static UpdateResult update(double base) {
    return new UpdateResult(
        false, "", base, base + 1, base + 2, base + 3, base + 4, base + 5, 9.0, 40, 10, false);
  }

  @Test
  void eachIterationKeepsEachRolesSixStatisticsAndNaNWhereThereWasNoUpdate() {
    PpoDiagnostics diagnostics = new PpoDiagnostics(3);
    diagnostics.record(1, Map.of("planner", update(10), "meta_controller", update(20)));
    diagnostics.record(3, Map.of("planner", update(30)));

    assertThat(diagnostics.roles()).containsExactly("meta_controller", "planner");
    assertThat(diagnostics.values("planner", Statistic.POLICY_LOSS))
        .containsExactly(10, Double.NaN, 30);
    assertThat(diagnostics.values("planner", Statistic.EXPLAINED_VARIANCE))
        .containsExactly(15, Double.NaN, 35);
    assertThat(diagnostics.values("meta_controller", Statistic.APPROX_KL))
        .containsExactly(23, Double.NaN, Double.NaN);
    assertThat(diagnostics.values("nobody", Statistic.ENTROPY))
        .containsExactly(Double.NaN, Double.NaN, Double.NaN);
  }

  @Test
  void theCheckpointHistoryCarriesThemToAResumedRun() {
    PpoDiagnostics diagnostics = new PpoDiagnostics(4);
    diagnostics.record(1, Map.of("agent/1", update(1)));
    diagnostics.record(2, Map.of("agent/1", update(2)));
    diagnostics.record(3, Map.of("agent/1", update(3)));

    Map<String, double[]> history = diagnostics.toHistory(2);
    assertThat(history).containsKey("ppo/agent/1/clipFraction").hasSize(6);
    history.put("meanReward", new double[] {7, 8});
    PpoDiagnostics resumed = PpoDiagnostics.fromHistory(history, 4);

    assertThat(resumed.roles()).containsExactly("agent/1");
    for (Statistic statistic : Statistic.values()) {
      double[] expected = diagnostics.values("agent/1", statistic);
      expected[2] = Double.NaN; // iteration 3 was after the checkpoint
      assertThat(resumed.values("agent/1", statistic))
          .as(statistic.key())
          .containsExactly(expected);
    }
  }
}
