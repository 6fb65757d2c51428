package org.wealtharena.training.trainer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wealtharena.training.ppo.PpoConfig;
import org.wealtharena.training.ppo.UpdateResult;

/**
 * Watches each role's PPO updates and says when one leaves its usual range, once per streak (not
 * every iteration of it): the approximate KL above {@link #klLimit}, or the explained variance
 * below {@value #EXPLAINED_VARIANCE_FLOOR} for {@value #EXPLAINED_VARIANCE_STREAK} iterations in a
 * row after a warm-up of {@value #WARM_UP_ITERATIONS}. The one home of these thresholds.
 */
final class UpdateWatch {

  /**
   * Limit on the approximate KL without a target KL: the upper end of the targets PPO code uses
   * (Stable-Baselines3 and CleanRL examples set 0.01 to 0.05); beyond it a policy moves far more
   * per update than the clipped objective is meant to allow.
   */
  static final double KL_LIMIT_WITHOUT_TARGET = 0.05;

  /**
   * With a target KL, the limit is this multiple of it. The update stops at the first minibatch
   * past the target and the reported KL is the mean over the minibatches evaluated, all but that
   * last one under the target; a mean above twice the target means the update jumped far past it
   * before the stop could act, i.e. the step is too large for the policy.
   */
  static final double KL_LIMIT_PER_TARGET = 2.0;

  /** Below 0 the value function predicts the returns worse than their mean would. */
  static final double EXPLAINED_VARIANCE_FLOOR = 0.0;

  /** So that one noisy rollout does not warn. */
  static final int EXPLAINED_VARIANCE_STREAK = 5;

  /**
   * A freshly initialised value network starts below the floor; its first iterations are left
   * alone.
   */
  static final int WARM_UP_ITERATIONS = 10;

  private final double klLimit;
  private final Map<String, Boolean> klHigh = new HashMap<>();
  private final Map<String, Integer> varianceLowStreak = new HashMap<>();

  UpdateWatch(PpoConfig config) {
    this.klLimit = klLimit(config);
  }

  /**
   * {@value #KL_LIMIT_PER_TARGET} times the target KL if set, else {@value
   * #KL_LIMIT_WITHOUT_TARGET}.
   */
  static double klLimit(PpoConfig config) {
    return Double.isFinite(config.targetKl())
        ? KL_LIMIT_PER_TARGET * config.targetKl()
        : KL_LIMIT_WITHOUT_TARGET;
  }

  /**
   * The warnings {@code role}'s update of {@code iteration} starts: at most one for the KL and one
   * for the explained variance. A NaN statistic (skipped update, constant returns) neither starts
   * nor ends a streak.
   */
  Optional<String> check(int iteration, String role, UpdateResult update) {
    StringBuilder warnings = new StringBuilder();
    double kl = update.approxKl();
    if (!Double.isNaN(kl)) {
      boolean high = kl > klLimit;
      if (high && !klHigh.getOrDefault(role, false)) {
        warnings.append(
            String.format(
                Locale.ROOT,
                "approximate KL %.4f is above %.4f: the policy moved too far in one update"
                    + " (lower ppo.learningRate or ppo.epochs)",
                kl,
                klLimit));
      }
      klHigh.put(role, high);
    }
    double variance = update.explainedVariance();
    if (!Double.isNaN(variance) && iteration > WARM_UP_ITERATIONS) {
      int streak =
          variance < EXPLAINED_VARIANCE_FLOOR ? varianceLowStreak.getOrDefault(role, 0) + 1 : 0;
      varianceLowStreak.put(role, streak);
      if (streak == EXPLAINED_VARIANCE_STREAK) {
        if (warnings.length() > 0) {
          warnings.append("; ");
        }
        warnings.append(
            String.format(
                Locale.ROOT,
                "explained variance %.3f has been below %.1f for %d iterations: the value function"
                    + " predicts returns worse than their mean, so advantages are mostly noise",
                variance,
                EXPLAINED_VARIANCE_FLOOR,
                EXPLAINED_VARIANCE_STREAK));
      }
    }
    return warnings.length() == 0
        ? Optional.empty()
        : Optional.of("iteration " + iteration + ", " + role + ": " + warnings);
  }
}
