package org.wealtharena.training.trainer;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.wealtharena.training.ppo.UpdateResult;

/**
 * The PPO diagnostics of every iteration of a run, per learned role (meta_controller, planner or an
 * agent id): NaN where a role had no update or its update was skipped. They travel in the
 * checkpoint's history, so a resumed run reports the iterations before the resume too.
 */
public final class PpoDiagnostics {

  /** The statistics of an update that a run reports, in report order. */
  public enum Statistic {
    POLICY_LOSS("policyLoss", UpdateResult::policyLoss),
    VALUE_LOSS("valueLoss", UpdateResult::valueLoss),
    ENTROPY("entropy", UpdateResult::entropy),
    APPROX_KL("approxKl", UpdateResult::approxKl),
    CLIP_FRACTION("clipFraction", UpdateResult::clipFraction),
    EXPLAINED_VARIANCE("explainedVariance", UpdateResult::explainedVariance);

    private final String key;
    private final ToDoubleFunction<UpdateResult> reading;

    Statistic(String key, ToDoubleFunction<UpdateResult> reading) {
      this.key = key;
      this.reading = reading;
    }

    /** Its name in summary.json and in the checkpoint history. */
    public String key() {
      return key;
    }

    public double of(UpdateResult update) {
      return reading.applyAsDouble(update);
    }
  }

  /** Checkpoint history series are named {@code ppo/<role>/<statistic key>}. */
  private static final String HISTORY_PREFIX = "ppo/";

  private static final Statistic[] STATISTICS = Statistic.values();

  private final int length;

  /** Role to [statistic ordinal][iteration - 1]. */
  private final TreeMap<String, double[][]> byRole = new TreeMap<>();

  /** Room for iterations 1..{@code length}, all NaN. */
  PpoDiagnostics(int length) {
    this.length = length;
  }

  /**
   * Room for iterations 1..{@code length}, with the series of {@code history} (a checkpoint's)
   * filled in; other history series are ignored.
   */
  static PpoDiagnostics fromHistory(Map<String, double[]> history, int length) {
    PpoDiagnostics diagnostics = new PpoDiagnostics(length);
    history.forEach(
        (name, values) -> {
          int split = name.lastIndexOf('/');
          if (!name.startsWith(HISTORY_PREFIX) || split < HISTORY_PREFIX.length()) {
            return;
          }
          String role = name.substring(HISTORY_PREFIX.length(), split);
          String key = name.substring(split + 1);
          for (Statistic statistic : STATISTICS) {
            if (statistic.key.equals(key)) {
              double[] series = diagnostics.series(role)[statistic.ordinal()];
              System.arraycopy(values, 0, series, 0, Math.min(values.length, length));
            }
          }
        });
    return diagnostics;
  }

  /** Stores the updates of iteration {@code iteration}, by role. */
  void record(int iteration, Map<String, UpdateResult> updates) {
    updates.forEach(
        (role, update) -> {
          double[][] series = series(role);
          for (Statistic statistic : STATISTICS) {
            series[statistic.ordinal()][iteration - 1] = statistic.of(update);
          }
        });
  }

  /** Iterations 1..{@code iterations} as checkpoint history series. */
  Map<String, double[]> toHistory(int iterations) {
    Map<String, double[]> history = new TreeMap<>();
    byRole.forEach(
        (role, series) -> {
          for (Statistic statistic : STATISTICS) {
            history.put(
                HISTORY_PREFIX + role + "/" + statistic.key,
                Arrays.copyOf(series[statistic.ordinal()], iterations));
          }
        });
    return history;
  }

  /** Roles that had an update in some iteration, in name order. */
  public Set<String> roles() {
    return Collections.unmodifiableSet(byRole.keySet());
  }

  /** {@code statistic} of {@code role} in iterations 1..length; all NaN for an unknown role. */
  public double[] values(String role, Statistic statistic) {
    double[][] series = byRole.get(role);
    if (series == null) {
      double[] none = new double[length];
      Arrays.fill(none, Double.NaN);
      return none;
    }
    return series[statistic.ordinal()].clone();
  }

  private double[][] series(String role) {
    return byRole.computeIfAbsent(
        role,
        r -> {
          double[][] series = new double[STATISTICS.length][length];
          for (double[] values : series) {
            Arrays.fill(values, Double.NaN);
          }
          return series;
        });
  }
}
