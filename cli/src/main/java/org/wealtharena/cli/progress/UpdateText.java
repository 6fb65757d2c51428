package org.wealtharena.cli.progress;

import java.util.Locale;
import java.util.Map;
import org.wealtharena.training.ppo.UpdateResult;

/** How progress shows an iteration's PPO updates, in a short and a full form. */
final class UpdateText {

  private UpdateText() {}

  /**
   * The approximate KL and explained variance, the two that say most about a run's health: with
   * several roles the highest KL and the lowest explained variance, e.g. {@code kl max 0.0123 ev
   * min -0.25}. Empty without updates.
   */
  static String compact(Map<String, UpdateResult> updates) {
    if (updates.isEmpty()) {
      return "";
    }
    double kl = Double.NaN;
    double variance = Double.NaN;
    for (UpdateResult update : updates.values()) {
      kl = worst(kl, update.approxKl(), true);
      variance = worst(variance, update.explainedVariance(), false);
    }
    boolean several = updates.size() > 1;
    return String.format(
        Locale.ROOT,
        "kl%s %.4f  ev%s %.2f",
        several ? " max" : "",
        kl,
        several ? " min" : "",
        variance);
  }

  /** One role's six diagnostics. */
  static String full(String role, UpdateResult update) {
    return String.format(
        Locale.ROOT,
        "%s: policy loss %.4f  value loss %.4g  entropy %.3f  kl %.4f  clip %.3f  ev %.3f%s",
        role,
        update.policyLoss(),
        update.valueLoss(),
        update.entropy(),
        update.approxKl(),
        update.clipFraction(),
        update.explainedVariance(),
        update.skipped() ? "  (skipped: " + update.skipReason() + ")" : "");
  }

  /** The larger (or smaller) of the two, NaN only if both are. */
  private static double worst(double sofar, double value, boolean highest) {
    if (Double.isNaN(value)) {
      return sofar;
    }
    if (Double.isNaN(sofar)) {
      return value;
    }
    return highest ? Math.max(sofar, value) : Math.min(sofar, value);
  }
}
