package org.wealtharena.agents.risk;

import org.wealtharena.agents.MetricsCadence;
import org.wealtharena.metrics.BoundGauge;
import org.wealtharena.metrics.ExposureType;
import org.wealtharena.metrics.RiskAction;
import org.wealtharena.metrics.RiskCheckType;
import org.wealtharena.metrics.RiskManagerMetrics;
import org.wealtharena.metrics.Severity;

/**
 * What the risk manager found about one {@code agent_id} since its figures were last published:
 * checks, violations and actions counted in plain arrays, the latest exposures. Checks and
 * rejections happen on every order, so they reach the shared counters once per publication ({@link
 * MetricsCadence}) instead of once per order; check latency is observed for a sample, and only the
 * sampled checks read the clock.
 */
final class RiskTally {
  /** What {@link #start} returns for a check that is not timed. */
  private static final long NOT_TIMED = Long.MIN_VALUE;

  private static final RiskCheckType[] CHECKS = RiskCheckType.values();
  private static final Severity[] SEVERITIES = Severity.values();
  private static final RiskAction[] ACTIONS = RiskAction.values();
  private static final ExposureType[] EXPOSURES = ExposureType.values();

  private final RiskManagerMetrics metrics;

  /** Checks made so far, per type: numbers the calls for the latency sample. */
  private final long[] checksMade = new long[CHECKS.length];

  private final long[] checks = new long[CHECKS.length];

  /** Indexed by check type ordinal * severities + severity ordinal. */
  private final long[] violations = new long[CHECKS.length * SEVERITIES.length];

  private final long[] actions = new long[ACTIONS.length];
  private final double[] exposures = new double[EXPOSURES.length];
  private final boolean[] exposureKnown = new boolean[EXPOSURES.length];

  /** The limits that follow the agent's budget, latest and published; bound on first use. */
  private final double[] budgetLimits = {Double.NaN, Double.NaN, Double.NaN};

  private final double[] publishedBudgetLimits = {Double.NaN, Double.NaN, Double.NaN};
  private BoundGauge[] budgetLimitGauges;

  RiskTally(RiskManagerMetrics metrics) {
    this.metrics = metrics;
  }

  /** Call before a check of {@code type}; pass what it returns to {@link #check}. */
  long start(RiskCheckType type) {
    return MetricsCadence.timed(checksMade[type.ordinal()]) ? System.nanoTime() : NOT_TIMED;
  }

  /** Counts a check of {@code type}; {@code start} is what {@link #start} returned for it. */
  void check(RiskCheckType type, long start) {
    int t = type.ordinal();
    checks[t]++;
    checksMade[t]++;
    if (start != NOT_TIMED) {
      metrics.checkLatency(type, (System.nanoTime() - start) * 1e-9);
    }
  }

  void violation(RiskCheckType type, Severity severity) {
    violations[type.ordinal() * SEVERITIES.length + severity.ordinal()]++;
  }

  void action(RiskAction action) {
    actions[action.ordinal()]++;
  }

  void exposure(ExposureType type, double dollars) {
    exposures[type.ordinal()] = dollars;
    exposureKnown[type.ordinal()] = true;
  }

  /** A fixed limit, set once. */
  void limit(String limitType, double limit) {
    metrics.limit(limitType, limit);
  }

  /** The drawdown, gross and net exposure limits the agent's budget gives it now, in dollars. */
  void budgetLimits(double drawdown, double grossExposure, double netExposure) {
    budgetLimits[0] = drawdown;
    budgetLimits[1] = grossExposure;
    budgetLimits[2] = netExposure;
  }

  /** Adds the counts since the last call to their counters and sets the exposure gauges. */
  void publish() {
    for (int t = 0; t < CHECKS.length; t++) {
      if (checks[t] > 0) {
        metrics.checks(CHECKS[t], checks[t]);
        checks[t] = 0;
      }
      for (int s = 0; s < SEVERITIES.length; s++) {
        int v = t * SEVERITIES.length + s;
        if (violations[v] > 0) {
          metrics.violations(CHECKS[t], SEVERITIES[s], violations[v]);
          violations[v] = 0;
        }
      }
    }
    for (int a = 0; a < ACTIONS.length; a++) {
      if (actions[a] > 0) {
        metrics.actions(ACTIONS[a], actions[a]);
        actions[a] = 0;
      }
    }
    for (int e = 0; e < EXPOSURES.length; e++) {
      if (exposureKnown[e]) {
        metrics.exposure(EXPOSURES[e], exposures[e]);
      }
    }
    for (int l = 0; l < budgetLimits.length; l++) {
      if (!Double.isNaN(budgetLimits[l]) && budgetLimits[l] != publishedBudgetLimits[l]) {
        if (budgetLimitGauges == null) {
          budgetLimitGauges =
              new BoundGauge[] {
                metrics.limitGauge("drawdown"),
                metrics.limitGauge("gross_exposure"),
                metrics.limitGauge("net_exposure")
              };
        }
        budgetLimitGauges[l].set(budgetLimits[l]);
        publishedBudgetLimits[l] = budgetLimits[l];
      }
    }
  }
}
