package org.wealtharena.agents.risk;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wealtharena.agents.AgentAccount;
import org.wealtharena.agents.AgentErrorType;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.MarketView;
import org.wealtharena.agents.MetricsCadence;
import org.wealtharena.agents.TradingState;
import org.wealtharena.market.Prices;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.AgentMetrics;
import org.wealtharena.metrics.ExposureType;
import org.wealtharena.metrics.RiskAction;
import org.wealtharena.metrics.RiskCheckType;
import org.wealtharena.metrics.RiskLimitType;
import org.wealtharena.metrics.Severity;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * Stands between every agent and the venues for one session (an episode); what it knows about each
 * agent is a {@link WatchedAgent}.
 *
 * <p>Pre-trade ({@link #preTrade}, on every new order and replace of every agent; cancels always
 * pass; {@link PreTradeChecks}): worst-case position per symbol, order notional, buying power (the
 * account's cash is funded, short proceeds are not spendable), order rate in a sliding second of
 * simulated time. Each check returns approve or a {@link DenialReason}; the checks allocate
 * nothing.
 *
 * <p>Post-trade ({@link #postTrade}, once per step): the two loss limits, drawdown from the agent's
 * session high-water mark (limit: its risk budget, at most {@link RiskLimits#maxDrawdownMicros})
 * and loss since the session start ({@link RiskLimits#maxSessionLossMicros}); historical VaR 95 of
 * its PnL changes over {@link RiskLimits#varHorizonNanos}; its gross and net exposure against
 * multiples of its capital; and the team's gross exposure. A check at {@link
 * RiskLimits#warningFraction} of its limit is a warning, beyond the limit critical. A cut in an
 * agent's budget (the coordinator reallocating) is not a breach: the limits that follow the budget
 * (drawdown, exposure) keep the budget before the cut for {@link RiskLimits#resumeCooldownNanos},
 * time for the agent to trade down to the new one.
 *
 * <ul>
 *   <li>A critical loss limit halts the agent for the rest of the session: its orders are cancelled
 *       and the risk manager flattens every position with reduce-only IOC orders, again each step
 *       until it is flat. Nothing resumes it, and its high-water mark is never reset.
 *   <li>Critical VaR or exposure, the agent's or the team's, puts an active agent in {@link
 *       TradingState#REDUCING}: only orders that shrink its positions pass, and the risk manager
 *       itself cuts them by {@link RiskLimits#reduceFraction} each step. After {@link
 *       RiskLimits#resumeCooldownNanos} inside every limit it resumes.
 * </ul>
 *
 * <p>Metrics: checks, check latency (wall time), violations, actions, limits, exposures and the
 * trading state carry the {@code agent_id} of the agent checked; the team's exposure, limit and
 * violations carry the risk manager's own id. Pre-trade violations count per order; post-trade
 * violations count when a check's severity rises, not at every step it stays high. The risk manager
 * is an agent of type {@code risk_manager} for reward, episodes and errors. Counts, exposures and
 * states are published on the {@link MetricsCadence} ({@link RiskTally}). If it throws, it fails
 * closed: every agent is halted and every later order denied.
 */
public final class RiskManager {
  private static final Logger log = LoggerFactory.getLogger(RiskManager.class);

  private final String id;
  private final RiskLimits limits;
  private final PreTradeChecks preTrade;

  /** The team's own figures, under the risk manager's id. */
  private final RiskTally team;

  private final AgentMetrics agentMetrics;
  private final List<WatchedAgent> watched = new ArrayList<>();
  private Severity teamSeverity;
  private long teamCriticalViolations;
  private boolean failed;
  private long postTradeSteps;

  /**
   * A risk manager watching {@code seats}; their fixed limits are recorded now, their budget-based
   * ones each step.
   */
  public RiskManager(
      String id, RiskLimits limits, SpecializedAgentMetrics metrics, List<AgentSeat> seats) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    this.id = id;
    this.limits = limits;
    this.preTrade = new PreTradeChecks(limits);
    this.team = new RiskTally(metrics.riskManager(id));
    this.agentMetrics = metrics.agent(id, AgentType.RISK_MANAGER.label());
    AgentErrorType.initializeAll(agentMetrics);
    team.limit(RiskLimitType.GROSS, Prices.toDollars(limits.teamGrossExposureMicros()));
    for (AgentSeat seat : seats) {
      WatchedAgent w = new WatchedAgent(seat, metrics.riskManager(seat.agentId()), limits);
      watched.add(w);
      seat.shortMarginFraction(limits.shortMarginFraction());
      w.tally.limit(RiskLimitType.POSITION, limits.maxPositionShares());
      w.tally.limit(
          RiskLimitType.ORDER_NOTIONAL, Prices.toDollars(limits.maxOrderNotionalMicros()));
      w.tally.limit(RiskLimitType.ORDER_RATE, limits.maxOrdersPerSecond());
      w.tally.limit(RiskLimitType.VAR_95, Prices.toDollars(limits.maxValueAtRiskMicros()));
      w.tally.limit(RiskLimitType.SESSION_LOSS, Prices.toDollars(limits.maxSessionLossMicros()));
    }
  }

  // ---- pre-trade ------------------------------------------------------------------------------

  /** Approves ({@link DenialReason#NONE}) or denies one intent of {@code seat}'s agent. */
  public DenialReason preTrade(AgentSeat seat, Intent intent, MarketView market) {
    if (intent.kind() == RequestKind.CANCEL) {
      return DenialReason.NONE;
    }
    if (failed) {
      return DenialReason.HALTED;
    }
    try {
      WatchedAgent w = find(seat);
      DenialReason reason = preTrade.check(w, intent, market);
      if (reason.approved()) {
        w.orderSent(market.now());
      } else {
        w.tally.action(RiskAction.REJECT_ORDER);
      }
      return reason;
    } catch (RuntimeException e) {
      failClosed(e);
      return DenialReason.HALTED;
    }
  }

  // ---- post-trade -----------------------------------------------------------------------------

  /**
   * Publishes what the risk manager has counted and measured since the last publication, for the
   * team and every watched agent. {@link #postTrade} does so on the cadence; the episode calls it
   * at its end.
   */
  public void publishMetrics() {
    team.publish();
    for (int i = 0; i < watched.size(); i++) {
      WatchedAgent w = watched.get(i);
      w.tally.tradingState(w.seat.tradingState());
      w.tally.publish();
    }
  }

  /** Runs the post-trade checks for every watched agent and acts on what they find. */
  public void postTrade(MarketView market) {
    if (MetricsCadence.publishes(postTradeSteps++)) {
      publishMetrics();
    }
    if (failed) {
      return;
    }
    try {
      long teamGross = 0;
      for (int i = 0; i < watched.size(); i++) {
        teamGross += checkAgent(watched.get(i), market);
      }
      team.exposure(ExposureType.GROSS, Prices.toDollars(teamGross));
      long start = team.start(RiskCheckType.EXPOSURE);
      Severity severity = limits.severity(teamGross / (double) limits.teamGrossExposureMicros());
      team.check(RiskCheckType.EXPOSURE, start);
      if (WatchedAgent.rises(teamSeverity, severity)) {
        team.violation(RiskCheckType.EXPOSURE, severity);
        teamCriticalViolations += severity == Severity.CRITICAL ? 1 : 0;
      }
      teamSeverity = severity;
      if (severity == Severity.CRITICAL) {
        for (int i = 0; i < watched.size(); i++) {
          WatchedAgent w = watched.get(i);
          w.lastBreachNanos = market.now();
          if (w.seat.tradingState() == TradingState.ACTIVE && !w.seat.failed()) {
            w.seat.tradingState(TradingState.REDUCING);
            reduce(w, market, limits.reduceFraction());
          }
        }
      }
    } catch (RuntimeException e) {
      failClosed(e);
    }
  }

  /** Checks one agent, updates its trading state; returns its gross exposure. */
  private long checkAgent(WatchedAgent w, MarketView market) {
    AgentAccount account = w.seat.account();
    long now = market.now();
    long equity = account.pnlMicros(market);
    long gross = account.grossExposureMicros(market);
    long net = account.netExposureMicros(market);
    long drawdown = w.observeEquity(now, equity);
    long sessionLoss = w.sessionLoss(equity);

    long start = w.tally.start(RiskCheckType.DRAWDOWN);
    w.observeBudget(now);
    long drawdownLimit = Math.min(limits.maxDrawdownMicros(), w.limitRiskBudgetMicros());
    Severity drawdownSeverity =
        w.postTradeCheck(
            RiskCheckType.DRAWDOWN, limits.severity(drawdown / (double) drawdownLimit), start);

    start = w.tally.start(RiskCheckType.SESSION_LOSS);
    Severity sessionLossSeverity =
        w.postTradeCheck(
            RiskCheckType.SESSION_LOSS,
            limits.severity(sessionLoss / (double) limits.maxSessionLossMicros()),
            start);

    start = w.tally.start(RiskCheckType.VAR_LIMIT);
    double var = w.valueAtRiskMicros();
    Severity varSeverity =
        w.postTradeCheck(
            RiskCheckType.VAR_LIMIT, limits.severity(var / limits.maxValueAtRiskMicros()), start);

    start = w.tally.start(RiskCheckType.EXPOSURE);
    double capital = w.limitCapitalMicros();
    double grossLimit = capital * limits.grossExposureMultiple();
    double netLimit = capital * limits.netExposureMultiple();
    Severity exposureSeverity =
        w.postTradeCheck(
            RiskCheckType.EXPOSURE,
            limits.severity(Math.max(gross / grossLimit, Math.abs(net) / netLimit)),
            start);

    w.tally.exposure(ExposureType.GROSS, Prices.toDollars(gross));
    w.tally.exposure(ExposureType.NET, Prices.toDollars(net));
    w.tally.exposure(ExposureType.VAR_95, Prices.toDollars(Math.round(var)));
    w.tally.exposure(ExposureType.DRAWDOWN, Prices.toDollars(drawdown));
    w.tally.exposure(ExposureType.SESSION_LOSS, Prices.toDollars(sessionLoss));
    w.tally.budgetLimit(RiskLimitType.DRAWDOWN, Prices.toDollars(drawdownLimit));
    w.tally.budgetLimit(RiskLimitType.GROSS, grossLimit / Prices.MICROS_PER_DOLLAR);
    w.tally.budgetLimit(RiskLimitType.NET, netLimit / Prices.MICROS_PER_DOLLAR);

    if (w.seat.failed()) {
      return gross;
    }
    TradingState state = w.seat.tradingState();
    if (state == TradingState.HALTED) {
      reduce(w, market, 1.0); // halted for the session: flatten what is left
    } else if (drawdownSeverity == Severity.CRITICAL || sessionLossSeverity == Severity.CRITICAL) {
      halt(w, market);
    } else if (varSeverity == Severity.CRITICAL || exposureSeverity == Severity.CRITICAL) {
      w.lastBreachNanos = now;
      if (state == TradingState.ACTIVE) {
        w.seat.tradingState(TradingState.REDUCING);
      }
      reduce(w, market, limits.reduceFraction());
    } else if (state == TradingState.REDUCING
        && now - w.lastBreachNanos >= limits.resumeCooldownNanos()) {
      w.seat.tradingState(TradingState.ACTIVE);
      w.tally.action(RiskAction.RESUME_TRADING);
    }
    return gross;
  }

  /** Halts the agent for the rest of the session: cancels its orders, starts flattening. */
  private void halt(WatchedAgent w, MarketView market) {
    w.seat.tradingState(TradingState.HALTED);
    w.tally.action(RiskAction.HALT_TRADING);
    AgentAccount account = w.seat.account();
    for (int i = 0; i < account.liveOrders(); i++) {
      w.seat.cancel(
          IntentPurpose.RISK_REDUCTION,
          account.liveOrderVenue(i),
          account.liveOrderSymbol(i),
          account.liveOrderId(i));
    }
    reduce(w, market, 1.0);
  }

  /**
   * Proposes, for the agent, IOC orders on the venue with the best touch that cut each position by
   * {@code fraction} of it (at most one order's notional limit), limited {@link
   * RiskLimits#reduceCollarBasisPoints} through the touch. A symbol whose last reducing order is
   * still on its way gets none, so reductions never pile up through zero; while the agent is only
   * reducing, its own orders on the reducing side are left out too (a halt cancels them).
   */
  private void reduce(WatchedAgent w, MarketView market, double fraction) {
    AgentAccount account = w.seat.account();
    boolean halted = w.seat.tradingState() == TradingState.HALTED;
    boolean proposed = false;
    for (int s = 0; s < account.symbols(); s++) {
      long position = account.position(s);
      if (position == 0 || account.remaining(w.reducingOrder[s]) > 0) {
        continue;
      }
      Side side = position > 0 ? Side.SELL : Side.BUY;
      int bestVenue = -1;
      long bestPrice = 0;
      for (int v = 0; v < market.venues().size(); v++) {
        long price = market.touchMicros(v, s, side);
        if (price != MarketView.NO_PRICE
            && (bestVenue < 0 || (side == Side.SELL ? price > bestPrice : price < bestPrice))) {
          bestVenue = v;
          bestPrice = price;
        }
      }
      if (bestVenue < 0) {
        continue;
      }
      long limit = collared(bestPrice, side, market.tickMicros(bestVenue));
      long quantity = (long) Math.ceil(Math.abs(position) * fraction);
      if (!halted) {
        quantity = Math.min(quantity, Math.abs(position) - account.openQuantity(s, side));
      }
      quantity = Math.min(quantity, limits.maxOrderNotionalMicros() / Math.max(limit, bestPrice));
      if (quantity > 0) {
        w.reducingOrder[s] =
            w.seat.newOrder(
                IntentPurpose.RISK_REDUCTION, bestVenue, s, side, OrderType.IOC, limit, quantity);
        proposed = true;
      }
    }
    if (proposed) {
      w.tally.action(RiskAction.REDUCE_POSITION);
    }
  }

  /** {@code touch} moved the collar through the book, rounded down to the venue's tick grid. */
  private long collared(long touch, Side side, long tick) {
    long collar = touch * limits.reduceCollarBasisPoints() / 10_000 / tick * tick;
    return side == Side.SELL ? Math.max(tick, touch - collar) : touch + collar;
  }

  private void failClosed(RuntimeException e) {
    agentMetrics.error(AgentErrorType.of(e).label());
    log.error("risk manager {} failed; every agent is halted", id, e);
    failed = true;
    for (int i = 0; i < watched.size(); i++) {
      watched.get(i).seat.tradingState(TradingState.HALTED);
    }
  }

  private WatchedAgent find(AgentSeat seat) {
    for (int i = 0; i < watched.size(); i++) {
      if (watched.get(i).seat == seat) {
        return watched.get(i);
      }
    }
    throw new IllegalStateException("agent " + seat.agentId() + " is not watched by " + id);
  }

  // ---- for the episode ------------------------------------------------------------------------

  public String id() {
    return id;
  }

  public AgentMetrics agentMetrics() {
    return agentMetrics;
  }

  public boolean failed() {
    return failed;
  }

  /** Critical violations of one agent so far (pre- and post-trade). */
  public long criticalViolations(AgentSeat seat) {
    return find(seat).criticalViolations;
  }

  /** Critical violations of every agent and of the team so far. */
  public long totalCriticalViolations() {
    long total = teamCriticalViolations;
    for (int i = 0; i < watched.size(); i++) {
      total += watched.get(i).criticalViolations;
    }
    return total;
  }
}
