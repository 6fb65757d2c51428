package org.wealtharena.agents.risk;

import org.wealtharena.agents.AgentAccount;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.MarketView;
import org.wealtharena.agents.TradingState;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.RiskCheckType;
import org.wealtharena.metrics.Severity;

/**
 * The risk manager's checks of one order or replace before it is sent: the agent's trading state,
 * then worst-case position per symbol, order notional, buying power and order rate in a sliding
 * second of simulated time. An order that only reduces a position (with the agent's open orders of
 * the same side filled first) passes a reducing agent, a critical position and buying power; of a
 * halted agent only the risk manager's own reducing orders pass. Allocates nothing.
 *
 * <p>Buying power (the account is funded: an agent cannot spend cash it does not have). Free cash
 * is the agent's cash (its capital budget plus what its trades moved) less the cash its open buy
 * orders commit at their limits with the taker fee, less (1 + {@link
 * RiskLimits#shortMarginFraction}) × the value of its short positions at the marks: short proceeds
 * are never spendable and a short carries margin on top. A buy needs its quantity × (limit + taker
 * fee); a sell beyond the long position and the agent's open sells needs the margin on the part
 * that opens or extends a short (resting sells hold no margin until they fill). A market buy that
 * does not only reduce is refused, since nothing bounds the cash it takes. So a buy can fill only
 * with cash that is there, and an account's cash never goes below zero through its own buys.
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
    long open = account.openQuantity(intent.symbol(), intent.side());
    if (intent.kind() == RequestKind.REPLACE) {
      open -= account.remaining(intent.orderId());
    }
    // Reduces only if it does with the agent's open orders of the same side filled first, so that
    // several reducing orders cannot together go through zero unchecked.
    boolean reduces = intent.onlyReduces(position + Long.signum(signed) * open);
    TradingState state = w.seat.tradingState();
    if (state == TradingState.HALTED
        && !(reduces && intent.purpose() == IntentPurpose.RISK_REDUCTION)) {
      return DenialReason.HALTED;
    }
    if (state == TradingState.REDUCING && !reduces) {
      return DenialReason.REDUCING_ONLY;
    }

    long start = w.tally.start(RiskCheckType.POSITION_LIMIT);
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

    if (!reduces) {
      start = w.tally.start(RiskCheckType.BUYING_POWER);
      severity = buyingPower(w, intent, position, open, price, market);
      finish(w, RiskCheckType.BUYING_POWER, severity, start);
      if (severity == Severity.CRITICAL) {
        return DenialReason.BUYING_POWER;
      }
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

  /** The severity of the cash {@code intent} needs against the agent's free cash. */
  private Severity buyingPower(
      WatchedAgent w,
      Intent intent,
      long position,
      long openSameSide,
      long priceMicros,
      MarketView market) {
    AgentAccount account = w.seat.account();
    long needed;
    if (intent.side() == Side.BUY) {
      if (intent.type() == OrderType.MARKET) {
        return Severity.CRITICAL;
      }
      needed =
          intent.quantity() * (priceMicros + market.takerFeeMicrosPerShare(intent.venue()))
              - (intent.kind() == RequestKind.REPLACE
                  ? account.committedBuyCashMicros(intent.orderId(), market)
                  : 0);
    } else {
      long held = Math.max(position, 0);
      long opensShort =
          Math.max(0, openSameSide + intent.quantity() - held) - Math.max(0, openSameSide - held);
      needed = Math.round(limits.shortMarginFraction() * opensShort * (double) priceMicros);
    }
    if (needed <= 0) {
      return null;
    }
    long free =
        w.seat.cashBalanceMicros()
            - account.committedBuyCashMicros(market)
            - Math.round((1 + limits.shortMarginFraction()) * account.shortValueMicros(market));
    return free <= 0 ? Severity.CRITICAL : limits.severity(needed / (double) free);
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
