package org.wealtharena.coordination.policy;

/**
 * How actions (unbounded logits) become budgets: shares of the team's capital and risk budget by a
 * softmax over the agents' logits, aggressiveness by a sigmoid. An all-zero action is the neutral
 * allocation: equal shares, aggressiveness 0.5. Logits are clamped to ±{@link #MAX_LOGIT} and a
 * non-finite one counts as 0, so no action can produce an invalid budget.
 */
public final class ActionMapping {
  public static final double MAX_LOGIT = 10;

  private ActionMapping() {}

  public static double clampLogit(double logit) {
    return Double.isFinite(logit) ? Math.max(-MAX_LOGIT, Math.min(MAX_LOGIT, logit)) : 0;
  }

  public static double sigmoid(double logit) {
    return 1 / (1 + Math.exp(-clampLogit(logit)));
  }

  /** The logit whose sigmoid is {@code p} (p in (0, 1)). */
  public static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  /** Softmax of {@code action[offset + stride * a]} for a in [0, n), written to {@code shares}. */
  public static void softmax(double[] action, int offset, int stride, int n, double[] shares) {
    double max = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < n; a++) {
      max = Math.max(max, clampLogit(action[offset + stride * a]));
    }
    double sum = 0;
    for (int a = 0; a < n; a++) {
      shares[a] = Math.exp(clampLogit(action[offset + stride * a]) - max);
      sum += shares[a];
    }
    for (int a = 0; a < n; a++) {
      shares[a] /= sum;
    }
  }
}
