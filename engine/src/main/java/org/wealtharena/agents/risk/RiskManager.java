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
import org.wealtharena.metrics.Severity;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * Stands between every agent and the venues; what it knows about each agent is a {@link
 * WatchedAgent}.
 *
 * <p>Pre-trade ({@link #preTrade}, on every new order and replace of every agent; cancels always
 * pass; {@link PreTradeChecks}): worst-case position per symbol, order notional, order rate in a
 * sliding second of simulated time. Each check returns approve or a {@link DenialReason}; the
 * checks allocate nothing.
 *
 * <p>Post-trade ({@link #postTrade}, once per step): drawdown from each agent's high-water mark
 * (limit: its risk budget, at most {@link RiskLimits#maxDrawdownMicros}), historical VaR 95 of its
 * per-step PnL changes, its gross and net exposure against multiples of its capital, and the team's
 * gross exposure. A check at {@link RiskLimits#warningFraction} of its limit is a warning, beyond
 * the limit critical. Critical drawdown or VaR halts the agent (its orders are cancelled, and its
 * high-water mark and VaR window restart, so the limits then measure what happens after the halt);
 * critical exposure, the agent's or the team's, puts it in {@link TradingState#REDUCING} and the
 * risk manager itself proposes IOC orders that cut its positions by {@link
 * RiskLimits#reduceFraction} each step. An agent that has been inside every limit for {@link
 * RiskLimits#resumeCooldownNanos} resumes.
 *
 * <p>Metrics: checks, check latency (wall time), violations, actions, limits and exposures carry
 * the {@code agent_id} of the agent checked; the team's exposure, limit and violations carry the
 * risk manager's own id. Pre-trade violations count per order; post-trade violations count when a
 * check's severity rises, not at every step it stays high. The risk manager is an agent of type
 * {@code risk_manager} for reward, episodes and errors. Counts and exposures are published on the
 * {@link MetricsCadence} ({@link RiskTally}). If it throws, it fails closed: every agent is halted
 * and every later order denied.
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
    team.limit("gross_exposure", Prices.toDollars(limits.teamGrossExposureMicros()));
    for (AgentSeat seat : seats) {
      WatchedAgent w = new WatchedAgent(seat, metrics.riskManager(seat.agentId()), limits);
      watched.add(w);
      w.tally.limit("position_limit", limits.maxPositionShares());
      w.tally.limit("order_notional", Prices.toDollars(limits.maxOrderNotionalMicros()));
      w.tally.limit("order_rate", limits.maxOrdersPerSecond());
      w.tally.limit("var_95", Prices.toDollars(limits.maxValueAtRiskMicros()));
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
      watched.get(i).tally.publish();
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
            reduce(w, market);
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
    long drawdown = w.observeEquity(equity);

    long start = w.tally.start(RiskCheckType.DRAWDOWN);
    long drawdownLimit = Math.min(limits.maxDrawdownMicros(), w.seat.budget().riskBudgetMicros());
    Severity drawdownSeverity =
        w.postTradeCheck(
            RiskCheckType.DRAWDOWN, limits.severity(drawdown / (double) drawdownLimit), start);

    start = w.tally.start(RiskCheckType.VAR_LIMIT);
    double var = w.valueAtRiskMicros();
    Severity varSeverity =
        w.postTradeCheck(
            RiskCheckType.VAR_LIMIT, limits.severity(var / limits.maxValueAtRiskMicros()), start);

    start = w.tally.start(RiskCheckType.EXPOSURE);
    double capital = w.seat.budget().capitalMicros();
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
    w.tally.budgetLimits(
        Prices.toDollars(drawdownLimit),
        grossLimit / Prices.MICROS_PER_DOLLAR,
        netLimit / Prices.MICROS_PER_DOLLAR);

    if (w.seat.failed()) {
      return gross;
    }
    TradingState state = w.seat.tradingState();
    if (drawdownSeverity == Severity.CRITICAL || varSeverity == Severity.CRITICAL) {
      w.lastBreachNanos = now;
      if (state != TradingState.HALTED) {
        halt(w, equity);
      }
    } else if (exposureSeverity == Severity.CRITICAL) {
      w.lastBreachNanos = now;
      if (state == TradingState.ACTIVE) {
        w.seat.tradingState(TradingState.REDUCING);
      }
      reduce(w, market);
    } else if (state != TradingState.ACTIVE
        && now - w.lastBreachNanos >= limits.resumeCooldownNanos()) {
      w.seat.tradingState(TradingState.ACTIVE);
      w.tally.action(RiskAction.RESUME_TRADING);
    }
    return gross;
  }

  private void halt(WatchedAgent w, long equity) {
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
    w.restartLimits(equity);
  }

  /** Proposes, for the agent, IOC orders at the best touch that cut each position. */
  private void reduce(WatchedAgent w, MarketView market) {
    AgentAccount account = w.seat.account();
    boolean proposed = false;
    for (int s = 0; s < account.symbols(); s++) {
      long position = account.position(s);
      if (position == 0) {
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
      long quantity = (long) Math.ceil(Math.abs(position) * limits.reduceFraction());
      quantity = Math.min(quantity, limits.maxOrderNotionalMicros() / bestPrice);
      if (quantity > 0) {
        w.seat.newOrder(
            IntentPurpose.RISK_REDUCTION, bestVenue, s, side, OrderType.IOC, bestPrice, quantity);
        proposed = true;
      }
    }
    if (proposed) {
      w.tally.action(RiskAction.REDUCE_POSITION);
    }
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
