package org.wealtharena.agents;

import java.util.Arrays;
import org.wealtharena.market.book.RejectReason;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.OrderResult;

/**
 * One agent's own books, in exact integer micro-dollars: cash flow (from zero; the cash the agent
 * holds is its seat's {@linkplain AgentSeat#cashBalanceMicros capital budget} plus it), position
 * and cash flow per symbol, fees, and the orders it has live on the venues with their limits. Fed
 * by its seat from the agent's executions and venue results, so it stays right also when someone
 * else (the risk manager) trades for the agent, and when a (centralized) coordinator nets intents
 * before they reach a venue.
 *
 * <p>PnL is marked at {@link MarketView#markMicros}: PnL = cash + Σ position × mark, which is the
 * change in value since the start because every agent starts flat with zero cash.
 *
 * <p>Live orders are kept in small parallel arrays (agents have a handful live), so tracking them
 * allocates nothing once the arrays have grown to the agent's working size.
 */
public final class AgentAccount {
  private final int symbols;
  private final long[] positions;
  private final long[] cashFlows;
  private long cashMicros;
  private long feesMicros;
  private long sharesTraded;
  private long fills;

  private long[] liveIds = new long[16];
  private int[] liveSymbols = new int[16];
  private int[] liveVenues = new int[16];
  private boolean[] liveBuys = new boolean[16];
  private long[] liveRemaining = new long[16];
  private long[] livePrices = new long[16];
  private boolean[] cancelPending = new boolean[16];
  private int live;

  public AgentAccount(int symbols) {
    if (symbols <= 0) {
      throw new IllegalArgumentException("symbols must be positive, got " + symbols);
    }
    this.symbols = symbols;
    this.positions = new long[symbols];
    this.cashFlows = new long[symbols];
  }

  /** Books one of the agent's fills. */
  public void apply(Execution execution) {
    int s = execution.symbol();
    long cash = execution.cashFlowMicros();
    cashMicros += cash;
    cashFlows[s] += cash;
    positions[s] += execution.signedQuantity();
    feesMicros += execution.feeMicros();
    sharesTraded += execution.quantity();
    fills++;
    int slot = find(execution.orderId());
    if (slot >= 0) {
      liveRemaining[slot] -= execution.quantity();
      if (liveRemaining[slot] <= 0) {
        remove(slot);
      }
    }
  }

  /**
   * Notes a request on its way to a venue: a new order is live until its result says otherwise;
   * {@code cashPriceMicros} is what a share of it can cost ({@link Intent#cashPriceMicros}).
   */
  public void requestSent(Intent intent, long cashPriceMicros) {
    switch (intent.kind()) {
      case NEW -> add(intent, cashPriceMicros);
      case CANCEL -> {
        int slot = find(intent.orderId());
        if (slot >= 0) {
          cancelPending[slot] = true;
        }
      }
      case REPLACE -> {
        int slot = find(intent.orderId());
        if (slot >= 0) {
          liveRemaining[slot] = intent.quantity();
          livePrices[slot] = cashPriceMicros;
        }
      }
    }
  }

  /** Applies what a venue did with a request: what rests, or that the order is gone. */
  public void requestDone(OrderResult result) {
    int slot = find(result.orderId());
    if (slot < 0) {
      return;
    }
    boolean gone =
        switch (result.kind()) {
          case NEW -> !result.accepted() || result.restingQuantity() == 0;
          // A refused replace leaves the old order as it was, unless it is no longer live at all.
          case REPLACE ->
              result.accepted()
                  ? result.restingQuantity() == 0
                  : result.reason() == RejectReason.UNKNOWN_ORDER;
          case CANCEL -> true; // cancelled, or unknown because it filled meanwhile
        };
    if (gone) {
      remove(slot);
    } else if (result.accepted()) {
      liveRemaining[slot] = result.restingQuantity();
    }
  }

  public long cashMicros() {
    return cashMicros;
  }

  public long position(int symbol) {
    return positions[symbol];
  }

  /** Cash this symbol's trades moved, fees included. */
  public long cashFlowMicros(int symbol) {
    return cashFlows[symbol];
  }

  public long feesMicros() {
    return feesMicros;
  }

  public long sharesTraded() {
    return sharesTraded;
  }

  public long fills() {
    return fills;
  }

  public int symbols() {
    return symbols;
  }

  /** Cash plus every position at its mark. */
  public long pnlMicros(MarketView market) {
    long value = cashMicros;
    for (int s = 0; s < symbols; s++) {
      value += positions[s] * market.markMicros(s);
    }
    return value;
  }

  /** The PnL of one symbol's trades: its cash flow plus its position at the mark. */
  public long symbolPnlMicros(int symbol, MarketView market) {
    return cashFlows[symbol] + positions[symbol] * market.markMicros(symbol);
  }

  /** Σ |position × mark|. */
  public long grossExposureMicros(MarketView market) {
    long gross = 0;
    for (int s = 0; s < symbols; s++) {
      gross += Math.abs(positions[s] * market.markMicros(s));
    }
    return gross;
  }

  /**
   * Free cash as the risk manager's buying-power check counts it: the cash the account holds (its
   * {@code capitalMicros} funding plus what its trades moved) less what the live buy orders commit,
   * less (1 + {@code shortMarginFraction}) × the short positions at the marks, since short proceeds
   * are never spendable and a short carries margin on top. After a cut of the capital budget it can
   * be negative: the agent then has nothing to open a position with.
   */
  public long freeCashMicros(long capitalMicros, double shortMarginFraction, MarketView market) {
    return capitalMicros
        + cashMicros()
        - committedBuyCashMicros(market)
        - Math.round((1 + shortMarginFraction) * shortValueMicros(market));
  }

  /** Σ over short positions of |position × mark|: what short sales owe at the marks. */
  public long shortValueMicros(MarketView market) {
    long owed = 0;
    for (int s = 0; s < symbols; s++) {
      if (positions[s] < 0) {
        owed -= positions[s] * market.markMicros(s);
      }
    }
    return owed;
  }

  /** Σ position × mark. */
  public long netExposureMicros(MarketView market) {
    long net = 0;
    for (int s = 0; s < symbols; s++) {
      net += positions[s] * market.markMicros(s);
    }
    return net;
  }

  /**
   * Quantity still open on one side of one symbol, over venues, leaving out orders being cancelled.
   */
  public long openQuantity(int symbol, Side side) {
    boolean buy = side == Side.BUY;
    long open = 0;
    for (int i = 0; i < live; i++) {
      if (liveSymbols[i] == symbol && liveBuys[i] == buy && !cancelPending[i]) {
        open += liveRemaining[i];
      }
    }
    return open;
  }

  /**
   * Cash the live buy orders would take if they filled in full at their {@linkplain
   * Intent#cashPriceMicros cash prices}, taker fee included: what a buying-power check must hold
   * back. Orders being cancelled count, since they may still fill on the way.
   */
  public long committedBuyCashMicros(MarketView market) {
    long committed = 0;
    for (int i = 0; i < live; i++) {
      if (liveBuys[i]) {
        committed += commitment(i, market);
      }
    }
    return committed;
  }

  /** {@link #committedBuyCashMicros} of one live buy order; 0 if it is not live or a sell. */
  public long committedBuyCashMicros(long orderId, MarketView market) {
    int slot = find(orderId);
    return slot < 0 || !liveBuys[slot] ? 0 : commitment(slot, market);
  }

  private long commitment(int slot, MarketView market) {
    return liveRemaining[slot] * market.buyCashPerShareMicros(liveVenues[slot], livePrices[slot]);
  }

  /** Remaining quantity of a live order, 0 if it is not live. */
  public long remaining(long orderId) {
    int slot = find(orderId);
    return slot < 0 ? 0 : liveRemaining[slot];
  }

  public int liveOrders() {
    return live;
  }

  public long liveOrderId(int i) {
    return liveIds[i];
  }

  public int liveOrderVenue(int i) {
    return liveVenues[i];
  }

  public int liveOrderSymbol(int i) {
    return liveSymbols[i];
  }

  private void add(Intent intent, long cashPriceMicros) {
    if (live == liveIds.length) {
      int size = live * 2;
      liveIds = Arrays.copyOf(liveIds, size);
      liveSymbols = Arrays.copyOf(liveSymbols, size);
      liveVenues = Arrays.copyOf(liveVenues, size);
      liveBuys = Arrays.copyOf(liveBuys, size);
      liveRemaining = Arrays.copyOf(liveRemaining, size);
      livePrices = Arrays.copyOf(livePrices, size);
      cancelPending = Arrays.copyOf(cancelPending, size);
    }
    liveIds[live] = intent.orderId();
    liveSymbols[live] = intent.symbol();
    liveVenues[live] = intent.venue();
    liveBuys[live] = intent.side() == Side.BUY;
    liveRemaining[live] = intent.quantity();
    livePrices[live] = cashPriceMicros;
    cancelPending[live] = false;
    live++;
  }

  private int find(long orderId) {
    for (int i = 0; i < live; i++) {
      if (liveIds[i] == orderId) {
        return i;
      }
    }
    return -1;
  }

  /** Moves the last entry into the hole; the order of live orders is not meaningful. */
  private void remove(int slot) {
    live--;
    liveIds[slot] = liveIds[live];
    liveSymbols[slot] = liveSymbols[live];
    liveVenues[slot] = liveVenues[live];
    liveBuys[slot] = liveBuys[live];
    liveRemaining[slot] = liveRemaining[live];
    livePrices[slot] = livePrices[live];
    cancelPending[slot] = cancelPending[live];
  }
}
