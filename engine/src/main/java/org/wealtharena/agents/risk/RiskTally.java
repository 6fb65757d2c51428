package org.wealtharena.agents.risk;

import java.util.Arrays;
import org.wealtharena.agents.MetricsCadence;
import org.wealtharena.agents.TradingState;
import org.wealtharena.metrics.ExposureType;
import org.wealtharena.metrics.RiskAction;
import org.wealtharena.metrics.RiskCheckType;
import org.wealtharena.metrics.RiskLimitType;
import org.wealtharena.metrics.RiskManagerMetrics;
import org.wealtharena.metrics.RiskTradingState;
import org.wealtharena.metrics.Severity;

/**
 * What the risk manager found about one {@code agent_id} since its figures were last published:
 * checks, violations and actions counted in plain arrays, the latest exposures, the limits that
 * follow its budget and its trading state. Checks and rejections happen on every order, so they
 * reach the shared counters once per publication ({@link MetricsCadence}) instead of once per
 * order; check latency is observed for a sample, and only the sampled checks read the clock.
 */
final class RiskTally {
  /** What {@link #start} returns for a check that is not timed. */
  private static final long NOT_TIMED = Long.MIN_VALUE;

  private static final RiskCheckType[] CHECKS = RiskCheckType.values();
  private static final Severity[] SEVERITIES = Severity.values();
  private static final RiskAction[] ACTIONS = RiskAction.values();
  private static final ExposureType[] EXPOSURES = ExposureType.values();
  private static final RiskLimitType[] LIMITS = RiskLimitType.values();

  private final RiskManagerMetrics metrics;

  /** Checks made so far, per type: numbers the calls for the latency sample. */
  private final long[] checksMade = new long[CHECKS.length];

  private final long[] checks = new long[CHECKS.length];

  /** Indexed by check type ordinal * severities + severity ordinal. */
  private final long[] violations = new long[CHECKS.length * SEVERITIES.length];

  private final long[] actions = new long[ACTIONS.length];
  private final double[] exposures = new double[EXPOSURES.length];
  private final boolean[] exposureKnown = new boolean[EXPOSURES.length];

  /** The limits that follow the agent's budget, latest and published, by limit type. */
  private final double[] budgetLimits = new double[LIMITS.length];

  private final double[] publishedBudgetLimits = new double[LIMITS.length];

  /** The agent's trading state to publish; null for the team's tally. */
  private RiskTradingState tradingState;

  RiskTally(RiskManagerMetrics metrics) {
    this.metrics = metrics;
    Arrays.fill(budgetLimits, Double.NaN);
    Arrays.fill(publishedBudgetLimits, Double.NaN);
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

  /** A fixed limit, set once, in the unit of its {@link RiskLimitType}. */
  void limit(RiskLimitType type, double limit) {
    metrics.limit(type, limit);
  }

  /** A limit that follows the agent's budget; published when it changed. */
  void budgetLimit(RiskLimitType type, double limit) {
    budgetLimits[type.ordinal()] = limit;
  }

  void tradingState(TradingState state) {
    tradingState = RiskTradingState.valueOf(state.name());
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
    for (int l = 0; l < LIMITS.length; l++) {
      if (!Double.isNaN(budgetLimits[l]) && budgetLimits[l] != publishedBudgetLimits[l]) {
        metrics.limit(LIMITS[l], budgetLimits[l]);
        publishedBudgetLimits[l] = budgetLimits[l];
      }
    }
    if (tradingState != null) {
      metrics.tradingState(tradingState);
    }
  }
}
