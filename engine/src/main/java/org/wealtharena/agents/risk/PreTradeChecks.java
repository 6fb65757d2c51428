package org.wealtharena.agents.risk;

import org.wealtharena.agents.AgentAccount;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.MarketView;
import org.wealtharena.agents.TradingState;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.RiskCheckType;
import org.wealtharena.metrics.Severity;

/**
 * The risk manager's checks of one order or replace before it is sent: the agent's trading state,
 * then worst-case position per symbol, order notional and order rate in a sliding second of
 * simulated time. An order that only reduces a position passes a reducing agent and a critical
 * position, and a halted agent's own reducing orders from the risk manager. Allocates nothing.
 */
final class PreTradeChecks {
  private final RiskLimits limits;

  PreTradeChecks(RiskLimits limits) {
    this.limits = limits;
  }

  /** Approves ({@link DenialReason#NONE}) or denies {@code intent} (not a cancel) of the agent. */
  DenialReason check(WatchedAgent w, Intent intent, MarketView market) {
    AgentAccount account = w.seat.account();
    long position = account.position(intent.symbol());
    long signed = intent.signedQuantity();
    boolean reduces = intent.onlyReduces(position);
    TradingState state = w.seat.tradingState();
    if (state == TradingState.HALTED
        && !(reduces && intent.purpose() == IntentPurpose.RISK_REDUCTION)) {
      return DenialReason.HALTED;
    }
    if (state == TradingState.REDUCING && !reduces) {
      return DenialReason.REDUCING_ONLY;
    }

    long start = w.tally.start(RiskCheckType.POSITION_LIMIT);
    long open = account.openQuantity(intent.symbol(), intent.side());
    if (intent.kind() == RequestKind.REPLACE) {
      open -= account.remaining(intent.orderId());
    }
    long worst = Math.abs(position + signed + Long.signum(signed) * open);
    Severity severity = limits.severity(worst / (double) limits.maxPositionShares());
    finish(w, RiskCheckType.POSITION_LIMIT, severity, start);
    if (severity == Severity.CRITICAL && !reduces) {
      return DenialReason.POSITION_LIMIT;
    }

    start = w.tally.start(RiskCheckType.ORDER_NOTIONAL);
    long price = intent.notionalPriceMicros(market);
    severity =
        limits.severity(price * (double) intent.quantity() / limits.maxOrderNotionalMicros());
    finish(w, RiskCheckType.ORDER_NOTIONAL, severity, start);
    if (severity == Severity.CRITICAL) {
      return DenialReason.ORDER_NOTIONAL;
    }

    start = w.tally.start(RiskCheckType.ORDER_RATE);
    severity =
        limits.severity(
            (w.ordersInLastSecond(market.now()) + 1) / (double) limits.maxOrdersPerSecond());
    finish(w, RiskCheckType.ORDER_RATE, severity, start);
    if (severity == Severity.CRITICAL) {
      return DenialReason.ORDER_RATE;
    }
    return DenialReason.NONE;
  }

  /** Pre-trade violations count per order, whatever the agent's last one was. */
  private static void finish(
      WatchedAgent w, RiskCheckType type, Severity severity, long startNanos) {
    w.tally.check(type, startNanos);
    if (severity != null) {
      w.violation(type, severity);
    }
  }
}
