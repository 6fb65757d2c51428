package org.wealtharena.market.venue;

import java.util.List;
import org.wealtharena.market.accounting.Ledger;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.RejectReason;
import org.wealtharena.market.book.Side;

/**
 * A trading venue: one {@link OrderBook} per listed symbol, its tick size, price band and fees.
 * Requests made here take effect immediately; in a simulation, participants send them through a
 * {@code Gateway}, which delays them by the venue's latency. Every fill is settled in the {@link
 * Ledger} (fees go to this venue's own account) and then published through the {@link
 * FillDispatcher}.
 */
public final class Venue {
  private final int index;
  private final VenueSpec spec;
  private final int account;
  private final List<String> symbols;
  private final OrderBook[] books;
  private final Ledger ledger;
  private final FillDispatcher dispatcher;
  private final Fill fill = new Fill();

  /**
   * @param openingPricesMicros per symbol, the reference price the band starts from; rounded to the
   *     nearest tick
   */
  public Venue(
      int index,
      VenueSpec spec,
      List<String> symbols,
      long[] openingPricesMicros,
      Ledger ledger,
      FillDispatcher dispatcher) {
    this.index = index;
    this.spec = spec;
    this.symbols = List.copyOf(symbols);
    this.ledger = ledger;
    this.dispatcher = dispatcher;
    this.account = ledger.open("venue:" + spec.name());
    this.books = new OrderBook[symbols.size()];
    for (int s = 0; s < books.length; s++) {
      int symbol = s;
      long reference = Math.max(1, Math.round(openingPricesMicros[s] / (double) spec.tickMicros()));
      books[s] =
          new OrderBook(
              symbols.get(s),
              reference,
              spec.bandBasisPoints(),
              (makerId, maker, takerId, taker, side, ticks, quantity) ->
                  settle(symbol, makerId, maker, takerId, taker, side, ticks, quantity));
    }
  }

  public OrderResult submit(int participant, Order order) {
    int s = symbolIndex(order.symbol());
    if (s < 0) {
      return reject(RequestKind.NEW, order.symbol(), order.orderId(), RejectReason.UNKNOWN_SYMBOL);
    }
    long ticks = 0;
    if (order.type() != OrderType.MARKET) {
      ticks = spec.ticksOf(order.priceMicros());
      if (ticks == VenueSpec.OFF_GRID) {
        return reject(
            RequestKind.NEW, order.symbol(), order.orderId(), RejectReason.PRICE_OFF_TICK);
      }
    }
    OrderBook book = books[s];
    RejectReason reason =
        book.submit(
            order.orderId(), participant, order.side(), order.type(), ticks, order.quantity());
    return result(RequestKind.NEW, book, order.orderId(), reason);
  }

  public OrderResult cancel(int participant, String symbol, long orderId) {
    int s = symbolIndex(symbol);
    if (s < 0) {
      return reject(RequestKind.CANCEL, symbol, orderId, RejectReason.UNKNOWN_SYMBOL);
    }
    OrderBook book = books[s];
    return result(RequestKind.CANCEL, book, orderId, book.cancel(orderId, participant));
  }

  /** See {@link OrderBook#replace}: priority is kept only for a same-price quantity decrease. */
  public OrderResult replace(
      int participant, String symbol, long orderId, long newPriceMicros, long newQuantity) {
    int s = symbolIndex(symbol);
    if (s < 0) {
      return reject(RequestKind.REPLACE, symbol, orderId, RejectReason.UNKNOWN_SYMBOL);
    }
    long ticks = spec.ticksOf(newPriceMicros);
    if (ticks == VenueSpec.OFF_GRID) {
      return reject(RequestKind.REPLACE, symbol, orderId, RejectReason.PRICE_OFF_TICK);
    }
    OrderBook book = books[s];
    return result(
        RequestKind.REPLACE, book, orderId, book.replace(orderId, participant, ticks, newQuantity));
  }

  private OrderResult result(RequestKind kind, OrderBook book, long orderId, RejectReason reason) {
    return new OrderResult(
        kind,
        spec.name(),
        book.symbol(),
        orderId,
        reason,
        book.lastFilled(),
        book.lastResting(),
        book.lastCancelled(),
        dispatcher.now());
  }

  private OrderResult reject(RequestKind kind, String symbol, long orderId, RejectReason reason) {
    return new OrderResult(kind, spec.name(), symbol, orderId, reason, 0, 0, 0, dispatcher.now());
  }

  private void settle(
      int symbol,
      long makerId,
      int maker,
      long takerId,
      int taker,
      Side takerSide,
      long ticks,
      long quantity) {
    long priceMicros = spec.microsOf(ticks);
    long makerFee = quantity * spec.makerFeeMicrosPerShare();
    long takerFee = quantity * spec.takerFeeMicrosPerShare();
    boolean takerBuys = takerSide == Side.BUY;
    ledger.settle(
        symbol,
        takerBuys ? taker : maker,
        takerBuys ? maker : taker,
        quantity,
        priceMicros,
        takerBuys ? takerFee : makerFee,
        takerBuys ? makerFee : takerFee,
        account);
    fill.set(
        dispatcher.nextSequence(),
        dispatcher.now(),
        index,
        spec.name(),
        symbol,
        symbols.get(symbol),
        ticks,
        priceMicros,
        quantity,
        makerId,
        maker,
        makerFee,
        takerId,
        taker,
        takerFee,
        takerSide);
    dispatcher.publish(fill);
  }

  /** Index of a listed symbol, -1 if it is not listed here. */
  public int symbolIndex(String symbol) {
    return symbols.indexOf(symbol);
  }

  public OrderBook book(String symbol) {
    int s = symbolIndex(symbol);
    if (s < 0) {
      throw new IllegalArgumentException(spec.name() + " does not list " + symbol);
    }
    return books[s];
  }

  public OrderBook book(int symbolIndex) {
    return books[symbolIndex];
  }

  public List<String> symbols() {
    return symbols;
  }

  public int index() {
    return index;
  }

  public String name() {
    return spec.name();
  }

  public VenueSpec spec() {
    return spec;
  }

  /** The participant id of this venue's own account, where its fees accumulate. */
  public int account() {
    return account;
  }
}
