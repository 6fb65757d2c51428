package org.wealtharena.training.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.training.ppo.PpoConfig;
import org.wealtharena.training.ppo.UpdateResult;

class UpdateWatchTest {

  private static UpdateResult update(double approxKl, double explainedVariance) {
    return new UpdateResult(
        false, "", -0.01, 0.5, 1.0, approxKl, 0.1, explainedVariance, 0.3, 40, 10, false);
  }

  /** The iterations (from 1) at which the sequence of (KL, EV) updates warned. */
  private static List<Integer> warnedAt(UpdateWatch watch, double[][] klAndVariance) {
    List<Integer> warned = new ArrayList<>();
    for (int i = 0; i < klAndVariance.length; i++) {
      int iteration = i + 1;
      watch
          .check(iteration, "meta_controller", update(klAndVariance[i][0], klAndVariance[i][1]))
          .ifPresent(
              message -> {
                assertThat(message).startsWith("iteration " + iteration + ", meta_controller: ");
                warned.add(iteration);
              });
    }
    return warned;
  }

  @Test
  void theKlLimitIsTwiceTheTargetOrTheFixedLimitWithoutOne() {
    assertThat(UpdateWatch.klLimit(PpoConfig.builder().targetKl(0.02).build())).isEqualTo(0.04);
    assertThat(UpdateWatch.klLimit(PpoConfig.builder().targetKl(Double.POSITIVE_INFINITY).build()))
        .isEqualTo(UpdateWatch.KL_LIMIT_WITHOUT_TARGET);
  }

  @Test
  void aHighKlWarnsOncePerStreak() {
    UpdateWatch watch = new UpdateWatch(PpoConfig.builder().targetKl(0.02).build());
    double[][] updates = {
      {0.01, 0.5},
      {0.05, 0.5},
      {0.06, 0.5},
      {Double.NaN, Double.NaN},
      {0.09, 0.5}, // one streak
      {0.03, 0.5},
      {0.041, 0.5},
      {0.02, 0.5}
    };
    assertThat(warnedAt(watch, updates)).containsExactly(2, 7);
  }

  @Test
  void aLowExplainedVarianceWarnsAfterTheWarmUpWhenItLastsTheStreak() {
    UpdateWatch watch = new UpdateWatch(PpoConfig.builder().build());
    int warmUp = UpdateWatch.WARM_UP_ITERATIONS;
    int streak = UpdateWatch.EXPLAINED_VARIANCE_STREAK;
    List<double[]> updates = new ArrayList<>();
    for (int i = 0; i < warmUp; i++) {
      updates.add(new double[] {0.01, -2.0}); // a fresh critic: not a warning
    }
    for (int i = 0; i < streak - 1; i++) {
      updates.add(new double[] {0.01, -0.5});
    }
    updates.add(new double[] {0.01, 0.2}); // back above: the streak ends one short
    for (int i = 0; i < streak + 3; i++) {
      updates.add(new double[] {0.01, i == 2 ? Double.NaN : -0.1}); // NaN neither ends nor counts
    }
    updates.add(new double[] {0.01, 0.0});
    for (int i = 0; i < streak; i++) {
      updates.add(new double[] {0.01, -0.3});
    }

    int firstStreakEnd = warmUp + streak - 1 + 1 + streak + 1; // 4 low, 1 high, 2 low, NaN, 3 low
    int secondStreakEnd = warmUp + streak + streak + 3 + 1 + streak;
    assertThat(warnedAt(watch, updates.toArray(double[][]::new)))
        .containsExactly(firstStreakEnd, secondStreakEnd);
  }

  @Test
  void rolesHaveStreaksOfTheirOwn() {
    PpoConfig config = PpoConfig.builder().build();
    UpdateWatch watch = new UpdateWatch(config);
    double high = 2 * UpdateWatch.klLimit(config);
    assertThat(watch.check(1, "planner", update(high, 0.5))).isPresent();
    assertThat(watch.check(1, "meta_controller", update(high, 0.5))).isPresent();
    assertThat(watch.check(2, "planner", update(high, 0.5))).isEmpty();
  }
}
