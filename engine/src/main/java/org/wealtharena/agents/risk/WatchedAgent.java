package org.wealtharena.agents.risk;

import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.portfolio.risk.RiskMeasures;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.metrics.RiskCheckType;
import org.wealtharena.metrics.RiskManagerMetrics;
import org.wealtharena.metrics.Severity;

/**
 * The risk manager's state about one agent: its recent orders (order rate), its equity path
 * (high-water mark, VaR window), the severity each post-trade check last found, its critical
 * violations, and its tally of metrics.
 */
final class WatchedAgent {
  private static final double VAR_CONFIDENCE = 0.95;

  final AgentSeat seat;
  final RiskTally tally;
  private final long[] orderTimes;
  private int orderCount;
  private int nextOrder;

  /** Per-step equity changes over the VaR window. */
  private final SortedWindow pnlChanges;

  private final int varMinSamples;
  private boolean started;
  private long highWaterMark;
  private long lastEquity;
  long lastBreachNanos;
  long criticalViolations;
  private final Severity[] postTradeSeverity = new Severity[RiskCheckType.values().length];

  WatchedAgent(AgentSeat seat, RiskManagerMetrics metrics, RiskLimits limits) {
    this.seat = seat;
    this.tally = new RiskTally(metrics);
    this.orderTimes = new long[limits.maxOrdersPerSecond()];
    this.pnlChanges = new SortedWindow(limits.varWindowSteps());
    this.varMinSamples = limits.varMinSamples();
  }

  /** Whether {@code now} is a higher severity than {@code before} (null: within the limit). */
  static boolean rises(Severity before, Severity now) {
    return now != null && (before == null || now.ordinal() > before.ordinal());
  }

  void orderSent(long now) {
    orderTimes[nextOrder] = now;
    nextOrder = (nextOrder + 1) % orderTimes.length;
    orderCount = Math.min(orderCount + 1, orderTimes.length);
  }

  /** Orders sent in (now - 1 s, now]; the ring holds the limit's worth of the latest. */
  int ordersInLastSecond(long now) {
    int count = 0;
    for (int i = 0; i < orderCount; i++) {
      if (orderTimes[i] > now - SimulationClock.SECOND) {
        count++;
      }
    }
    return count;
  }

  void violation(RiskCheckType type, Severity severity) {
    tally.violation(type, severity);
    if (severity == Severity.CRITICAL) {
      criticalViolations++;
    }
  }

  /** Records a post-trade check; its violation counts only when its severity rises. */
  Severity postTradeCheck(RiskCheckType type, Severity severity, long startNanos) {
    tally.check(type, startNanos);
    if (rises(postTradeSeverity[type.ordinal()], severity)) {
      violation(type, severity);
    }
    postTradeSeverity[type.ordinal()] = severity;
    return severity;
  }

  /**
   * Takes this step's equity into the VaR window; returns the drawdown from the high-water mark.
   */
  long observeEquity(long equity) {
    if (started) {
      pnlChanges.add(equity - lastEquity);
    } else {
      highWaterMark = equity;
      started = true;
    }
    lastEquity = equity;
    highWaterMark = Math.max(highWaterMark, equity);
    return highWaterMark - equity;
  }

  /** Historical VaR 95 of per-step PnL changes, micro-dollars; 0 until enough samples. */
  double valueAtRiskMicros() {
    if (pnlChanges.size() < varMinSamples) {
      return 0.0;
    }
    return Math.max(
        0.0,
        RiskMeasures.valueAtRiskOfSorted(
            pnlChanges.sortedValues(), pnlChanges.size(), VAR_CONFIDENCE));
  }

  /** After a halt: drawdown and VaR measure only what happens from {@code equity} on. */
  void restartLimits(long equity) {
    highWaterMark = equity;
    pnlChanges.clear();
  }
}
