package org.wealtharena.market.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The book's memory follows its resting levels, not the price or the range between them (it used to
 * grow an array window over the whole range, refuse ranges beyond 2^21 ticks and so every price
 * above $52,428.80), and any price up to {@link OrderBook#MAX_PRICE_TICKS} trades.
 */
class OrderBookPriceRangeTest {
  private static final long DOLLAR = 100; // cent ticks

  @Test
  void ordersAtOneDollarAndAMillionAtOnceKeepTheMemoryBounded() {
    long million = 1_000_000 * DOLLAR;
    List<Fill> fills = new ArrayList<>();
    // A band of +-100 % lets one book hold both prices at once.
    OrderBook book = new OrderBook("WIDE", million, 10_000, Fill.into(fills));
    int farLevels = 0;
    long id = 1;
    for (long tick = DOLLAR; tick < DOLLAR + 500; tick++, farLevels++) {
      assertThat(book.submit(id++, 1, Side.BUY, OrderType.LIMIT, tick, 10))
          .isEqualTo(RejectReason.NONE);
    }
    for (long tick = million - 200; tick < million; tick++) {
      book.submit(id++, 1, Side.BUY, OrderType.LIMIT, tick, 10);
      book.submit(id++, 2, Side.SELL, OrderType.LIMIT, tick + 201, 10);
    }
    for (long tick = 2 * million - 500; tick <= 2 * million; tick++, farLevels++) {
      book.submit(id++, 2, Side.SELL, OrderType.LIMIT, tick, 10);
    }
    book.checkInvariants();
    int bound = 2 * PriceLadder.WINDOW_LEVELS + 2 * farLevels + 32;
    assertThat(book.levelSlots()).isLessThanOrEqualTo(bound);

    // The bids' touch walks down to $1 through every level: the window follows it.
    assertThat(book.submit(id++, 3, Side.SELL, OrderType.MARKET, 0, 200 * 10 + 500 * 10))
        .isEqualTo(RejectReason.NONE);
    assertThat(book.lastFilled()).isEqualTo(200 * 10 + 500 * 10);
    assertThat(fills.get(fills.size() - 1).price()).isEqualTo(DOLLAR + 0);
    assertThat(book.hasBid()).isFalse();
    assertThat(book.bestAsk()).isEqualTo(million + 1);
    book.checkInvariants();
    assertThat(book.levelSlots()).isLessThanOrEqualTo(bound);
  }

  @Test
  void aTenMillionDollarStockTrades() {
    long price = 10_000_000 * DOLLAR;
    List<Fill> fills = new ArrayList<>();
    OrderBook book = new OrderBook("TEN", price, 1_000, Fill.into(fills));
    book.submit(1, 1, Side.SELL, OrderType.LIMIT, price + 5, 30);
    book.submit(2, 1, Side.SELL, OrderType.LIMIT, book.bandHigh(), 30);
    book.submit(3, 2, Side.BUY, OrderType.LIMIT, book.bandLow(), 30);
    assertThat(book.submit(4, 2, Side.BUY, OrderType.LIMIT, price + 5, 50))
        .isEqualTo(RejectReason.NONE);
    assertThat(fills).containsExactly(new Fill(1, 1, 4, 2, Side.BUY, price + 5, 30));
    assertThat(book.bestBid()).isEqualTo(price + 5);
    assertThat(book.bestAsk()).isEqualTo(price + price / 10);
    book.checkInvariants();
  }

  @Test
  void theBandStopsAtTheHighestPriceABookHolds() {
    long top = OrderBook.MAX_PRICE_TICKS;
    OrderBook book = new OrderBook("TOP", top - 1, 1_000, (a, b, c, d, e, f, g) -> {});
    assertThat(book.bandHigh()).isEqualTo(top);
    assertThat(book.submit(1, 1, Side.SELL, OrderType.LIMIT, top, 10)).isEqualTo(RejectReason.NONE);
    assertThat(book.submit(2, 1, Side.BUY, OrderType.LIMIT, top, 4)).isEqualTo(RejectReason.NONE);
    assertThat(book.lastFilled()).isEqualTo(4);
    assertThat(book.submit(3, 1, Side.SELL, OrderType.LIMIT, top + 1, 10))
        .isEqualTo(RejectReason.PRICE_OUTSIDE_BAND);
    book.checkInvariants();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new OrderBook("OVER", top + 1, 1_000, (a, b, c, d, e, f, g) -> {}))
        .withMessageContaining("OVER: reference price " + (top + 1) + " ticks is above " + top);
  }
}
