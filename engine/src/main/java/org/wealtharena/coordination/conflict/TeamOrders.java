package org.wealtharena.coordination.conflict;

import java.util.Arrays;
import java.util.List;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.Intent;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.RequestKind;

/**
 * The orders the team has live on the venues (or on their way there), with the prices they were
 * sent at: what a new intent could trade against (self-trade detection) and what the open orders
 * commit (capital in use). An order leaves when its owner's account no longer has it live. Kept in
 * parallel arrays; no allocation once grown to the team's working size.
 *
 * <p>Crossing prices: a market buy crosses every sell and a market sell every buy, so a market
 * order is kept at {@link Long#MAX_VALUE} (buy) or 0 (sell) for crossing, and at the touch it was
 * sent against for its notional.
 */
public final class TeamOrders {
  private long[] orderIds = new long[64];
  private int[] owners = new int[64];
  private int[] venues = new int[64];
  private int[] symbols = new int[64];
  private boolean[] buys = new boolean[64];
  private long[] crossPrices = new long[64];
  private long[] notionalPrices = new long[64];
  private int size;

  /** The price an order of this intent crosses at (see the class comment). */
  public static long crossPrice(Intent intent) {
    if (intent.type() == OrderType.MARKET) {
      return intent.side() == Side.BUY ? Long.MAX_VALUE : 0;
    }
    return intent.priceMicros();
  }

  /** Whether a buy at {@code buyPrice} and a sell at {@code sellPrice} would trade. */
  public static boolean crosses(long buyPrice, long sellPrice) {
    return buyPrice >= sellPrice;
  }

  /** Notes an order that was just sent (a new order, or a replace of a known one). */
  public void sent(int owner, Intent intent, long notionalPriceMicros) {
    if (intent.kind() == RequestKind.CANCEL) {
      return;
    }
    int slot = intent.kind() == RequestKind.REPLACE ? find(intent.orderId()) : -1;
    if (slot < 0) {
      if (size == orderIds.length) {
        grow();
      }
      slot = size++;
    }
    orderIds[slot] = intent.orderId();
    owners[slot] = owner;
    venues[slot] = intent.venue();
    symbols[slot] = intent.symbol();
    buys[slot] = intent.side() == Side.BUY;
    crossPrices[slot] = crossPrice(intent);
    notionalPrices[slot] = notionalPriceMicros;
  }

  /** Drops every order its owner's account no longer has live (filled, cancelled, rejected). */
  public void prune(List<AgentSeat> seats) {
    for (int i = size - 1; i >= 0; i--) {
      if (seats.get(owners[i]).account().remaining(orderIds[i]) <= 0) {
        remove(i);
      }
    }
  }

  /**
   * Whether an order of {@code owner} would trade against a live order of another team member: same
   * venue and symbol, opposite side, prices crossing.
   */
  public boolean crossesTeammate(int owner, int venue, int symbol, boolean buy, long crossPrice) {
    for (int i = 0; i < size; i++) {
      if (owners[i] != owner
          && venues[i] == venue
          && symbols[i] == symbol
          && buys[i] != buy
          && (buy ? crosses(crossPrice, crossPrices[i]) : crosses(crossPrices[i], crossPrice))) {
        return true;
      }
    }
    return false;
  }

  /** Remaining quantity times sent price of every live order of {@code owner}. */
  public long openNotionalMicros(int owner, AgentSeat seat) {
    long notional = 0;
    for (int i = 0; i < size; i++) {
      if (owners[i] == owner) {
        notional += seat.account().remaining(orderIds[i]) * notionalPrices[i];
      }
    }
    return notional;
  }

  /** Remaining quantity times sent price of one order, 0 if it is not live. */
  public long openNotionalMicros(long orderId, AgentSeat seat) {
    int slot = find(orderId);
    return slot < 0 ? 0 : seat.account().remaining(orderId) * notionalPrices[slot];
  }

  public int size() {
    return size;
  }

  private int find(long orderId) {
    for (int i = 0; i < size; i++) {
      if (orderIds[i] == orderId) {
        return i;
      }
    }
    return -1;
  }

  private void remove(int slot) {
    size--;
    orderIds[slot] = orderIds[size];
    owners[slot] = owners[size];
    venues[slot] = venues[size];
    symbols[slot] = symbols[size];
    buys[slot] = buys[size];
    crossPrices[slot] = crossPrices[size];
    notionalPrices[slot] = notionalPrices[size];
  }

  private void grow() {
    int capacity = size * 2;
    orderIds = Arrays.copyOf(orderIds, capacity);
    owners = Arrays.copyOf(owners, capacity);
    venues = Arrays.copyOf(venues, capacity);
    symbols = Arrays.copyOf(symbols, capacity);
    buys = Arrays.copyOf(buys, capacity);
    crossPrices = Arrays.copyOf(crossPrices, capacity);
    notionalPrices = Arrays.copyOf(notionalPrices, capacity);
  }
}
