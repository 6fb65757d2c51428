package org.wealtharena.agents.risk;

import java.util.Arrays;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.portfolio.risk.RiskMeasures;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.metrics.RiskCheckType;
import org.wealtharena.metrics.RiskManagerMetrics;
import org.wealtharena.metrics.Severity;

/**
 * The risk manager's state about one agent in one session: its recent orders (order rate), its
 * equity path (session start, high-water mark, the VaR window of horizon PnL changes), the severity
 * each post-trade check last found, its critical violations, and its tally of metrics. Nothing here
 * is ever reset within the session: a halt does not restart the high-water mark.
 */
final class WatchedAgent {
  private static final double VAR_CONFIDENCE = 0.95;

  final AgentSeat seat;
  final RiskTally tally;
  private final long[] orderTimes;
  private int orderCount;
  private int nextOrder;

  /** PnL changes over each non-overlapping VaR horizon, the latest {@code varWindowSamples}. */
  private final SortedWindow horizonChanges;

  private final int varMinSamples;
  private final long varHorizonNanos;
  private boolean started;
  private long sessionStartEquity;
  private long highWaterMark;
  private long horizonStartNanos;
  private long horizonStartEquity;
  long lastBreachNanos;

  /** Per symbol, the risk manager's last reducing order for the agent (none: Long.MIN_VALUE). */
  final long[] reducingOrder;

  long criticalViolations;

  /** The budget the allocation-following limits use: each cut only after the grace. */
  private final DelayedCuts capital;

  private final DelayedCuts riskBudget;
  private long limitCapitalMicros;
  private long limitRiskBudgetMicros;

  private final Severity[] postTradeSeverity = new Severity[RiskCheckType.values().length];

  WatchedAgent(AgentSeat seat, RiskManagerMetrics metrics, RiskLimits limits) {
    this.seat = seat;
    this.tally = new RiskTally(metrics);
    this.orderTimes = new long[limits.maxOrdersPerSecond()];
    this.horizonChanges = new SortedWindow(limits.varWindowSamples());
    this.varMinSamples = limits.varMinSamples();
    this.varHorizonNanos = limits.varHorizonNanos();
    this.capital = new DelayedCuts(limits.resumeCooldownNanos());
    this.riskBudget = new DelayedCuts(limits.resumeCooldownNanos());
    this.reducingOrder = new long[seat.account().symbols()];
    Arrays.fill(reducingOrder, Long.MIN_VALUE);
  }

  /**
   * Notes the agent's budget at {@code now}. A cut (less capital or risk budget) is a reallocation,
   * not a breach: the limits keep the budget before the cut for the risk limits' resume cooldown,
   * time for the agent to trade down to the new one, then follow it.
   */
  void observeBudget(long now) {
    limitCapitalMicros = capital.observe(now, seat.budget().capitalMicros());
    limitRiskBudgetMicros = riskBudget.observe(now, seat.budget().riskBudgetMicros());
  }

  /** The capital the exposure limits are multiples of (see {@link #observeBudget}). */
  long limitCapitalMicros() {
    return limitCapitalMicros;
  }

  /** The risk budget that caps the drawdown limit (see {@link #observeBudget}). */
  long limitRiskBudgetMicros() {
    return limitRiskBudgetMicros;
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
   * Takes this step's equity: the first one starts the session; each full VaR horizon since the
   * last sample adds that horizon's PnL change to the VaR window. Returns the drawdown from the
   * session high-water mark.
   */
  long observeEquity(long now, long equity) {
    if (!started) {
      sessionStartEquity = equity;
      highWaterMark = equity;
      horizonStartNanos = now;
      horizonStartEquity = equity;
      started = true;
    } else if (now - horizonStartNanos >= varHorizonNanos) {
      horizonChanges.add(equity - horizonStartEquity);
      horizonStartNanos = now;
      horizonStartEquity = equity;
    }
    highWaterMark = Math.max(highWaterMark, equity);
    return highWaterMark - equity;
  }

  /** Loss since the session started, 0 while the agent is up; after {@link #observeEquity}. */
  long sessionLoss(long equity) {
    return Math.max(0, sessionStartEquity - equity);
  }

  /** Historical VaR 95 of horizon PnL changes, micro-dollars; 0 until enough samples. */
  double valueAtRiskMicros() {
    if (horizonChanges.size() < varMinSamples) {
      return 0.0;
    }
    return Math.max(
        0.0,
        RiskMeasures.valueAtRiskOfSorted(
            horizonChanges.sortedValues(), horizonChanges.size(), VAR_CONFIDENCE));
  }
}
