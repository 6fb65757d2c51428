package org.wealtharena.agents.risk;

import org.wealtharena.agents.AgentAccount;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.MarketView;
import org.wealtharena.agents.TradingState;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.RiskCheckType;
import org.wealtharena.metrics.Severity;

/**
 * The risk manager's checks of one order or replace before it is sent: the agent's trading state,
 * then worst-case position per symbol, order notional, buying power and order rate in a sliding
 * second of simulated time. An order that only reduces a position passes a reducing agent and a
 * critical position; of a halted agent only the risk manager's own reducing orders pass. Allocates
 * nothing.
 *
 * <p>Buying power (the account is funded: an agent cannot spend cash it does not have). Free cash
 * is the agent's cash (its capital budget plus what its trades moved) less the cash its open buy
 * orders commit at their limits with the taker fee, less (1 + {@link
 * RiskLimits#shortMarginFraction}) × the value of its short positions at the marks: short proceeds
 * are never spendable and a short carries margin on top. Only the part of an order that opens or
 * extends a position needs free cash (with the agent's open orders of its side filled first, so
 * that orders which each only cover cannot together go through zero unchecked): a buy its quantity
 * × (limit + taker fee), a market buy priced at the venue's band high ({@link
 * Intent#cashPriceMicros}); a short sale the margin on its notional (resting sells hold no margin
 * until they fill). So a buy can fill only with cash that is there, and an account's cash never
 * goes below zero through its own buys.
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

    start = w.tally.start(RiskCheckType.BUYING_POWER);
    severity = buyingPower(w, intent, position, open, market);
    finish(w, RiskCheckType.BUYING_POWER, severity, start);
    if (severity == Severity.CRITICAL) {
      return DenialReason.BUYING_POWER;
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

  /** The severity of the cash the opening part of {@code intent} needs against free cash. */
  private Severity buyingPower(
      WatchedAgent w, Intent intent, long position, long openSameSide, MarketView market) {
    AgentAccount account = w.seat.account();
    boolean buy = intent.side() == Side.BUY;
    long covered = Math.max(buy ? -position : position, 0);
    long opening =
        Math.max(0, openSameSide + intent.quantity() - covered)
            - Math.max(0, openSameSide - covered);
    if (opening == 0) {
      return null;
    }
    long needed =
        buy
            ? opening * market.buyCashPerShareMicros(intent.venue(), intent.cashPriceMicros(market))
            : Math.round(
                limits.shortMarginFraction()
                    * opening
                    * (double) intent.notionalPriceMicros(market));
    long free = w.seat.freeCashMicros();
    if (intent.kind() == RequestKind.REPLACE) {
      free += account.committedBuyCashMicros(intent.orderId(), market); // replaced, not added
    }
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
