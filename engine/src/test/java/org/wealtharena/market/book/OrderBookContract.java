package org.wealtharena.market.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order book's behaviour, run against every implementation: {@link OrderBookTest} (the real
 * book, its invariants checked after every request) and {@link ReferenceBookTest} (the naive
 * reference the property tests compare it with).
 */
abstract class OrderBookContract {
  private final List<String> fills = new ArrayList<>();
  private final BookUnderTest book =
      newBook(
          "T",
          1_000,
          1_000,
          (makerId, maker, takerId, taker, side, price, qty) ->
              fills.add(makerId + "<-" + takerId + " " + qty + "@" + price));

  /** A book of the implementation under test. */
  abstract BookUnderTest newBook(
      String symbol, long referenceTicks, long bandBasisPoints, MatchSink sink);

  @Test
  void partialFillLeavesTheRestOfTheMakerFirstInLine() {
    book.submit(1, 1, Side.SELL, OrderType.LIMIT, 1_001, 100);
    book.submit(2, 1, Side.SELL, OrderType.LIMIT, 1_001, 100);
    book.submit(3, 2, Side.BUY, OrderType.LIMIT, 1_001, 30);
    assertThat(book.lastFilled()).isEqualTo(30);
    book.submit(4, 2, Side.BUY, OrderType.LIMIT, 1_001, 80);

    assertThat(fills).containsExactly("1<-3 30@1001", "1<-4 70@1001", "2<-4 10@1001");
    assertThat(book.bestAsk()).isEqualTo(1_001);
    assertThat(book.bestAskQuantity()).isEqualTo(90);
    assertThat(book.lastTradeTicks()).isEqualTo(1_001);
    assertThat(book.lastTradeQuantity()).isEqualTo(10);
  }

  @Test
  void limitOrderSweepsUpToItsLimitAndRestsTheRest() {
    book.submit(1, 1, Side.SELL, OrderType.LIMIT, 1_001, 10);
    book.submit(2, 1, Side.SELL, OrderType.LIMIT, 1_002, 10);
    book.submit(3, 1, Side.SELL, OrderType.LIMIT, 1_004, 10);

    assertThat(book.submit(4, 2, Side.BUY, OrderType.LIMIT, 1_002, 50))
        .isEqualTo(RejectReason.NONE);

    assertThat(fills).containsExactly("1<-4 10@1001", "2<-4 10@1002");
    assertThat(book.lastResting()).isEqualTo(30);
    assertThat(book.bestBid()).isEqualTo(1_002);
    assertThat(book.bestAsk()).isEqualTo(1_004);
  }

  @Test
  void marketAndIocRemaindersAreCancelledNotRested() {
    book.submit(1, 1, Side.BUY, OrderType.LIMIT, 999, 10);
    book.submit(2, 2, Side.SELL, OrderType.MARKET, 0, 25);
    assertThat(new long[] {book.lastFilled(), book.lastResting(), book.lastCancelled()})
        .containsExactly(10, 0, 15);

    book.submit(3, 1, Side.BUY, OrderType.LIMIT, 998, 10);
    book.submit(4, 2, Side.SELL, OrderType.IOC, 999, 5);
    assertThat(new long[] {book.lastFilled(), book.lastResting(), book.lastCancelled()})
        .containsExactly(0, 0, 5);
    assertThat(book.hasAsk()).isFalse();
    assertThat(book.liveOrders()).isEqualTo(1);
  }

  @Test
  void replaceKeepsPriorityOnlyForASamePriceDecrease() {
    book.submit(1, 1, Side.BUY, OrderType.LIMIT, 999, 10);
    book.submit(2, 1, Side.BUY, OrderType.LIMIT, 999, 10);
    book.replace(1, 1, 999, 4); // smaller: stays first
    book.submit(9, 2, Side.SELL, OrderType.IOC, 999, 4);
    assertThat(fills).containsExactly("1<-9 4@999");

    book.submit(3, 1, Side.BUY, OrderType.LIMIT, 999, 10);
    book.replace(2, 1, 999, 11); // larger: goes behind 3
    book.submit(10, 2, Side.SELL, OrderType.IOC, 999, 12);
    assertThat(fills).containsExactly("1<-9 4@999", "3<-10 10@999", "2<-10 2@999");
  }

  @Test
  void replaceToACrossingPriceTradesLikeANewOrder() {
    book.submit(1, 1, Side.SELL, OrderType.LIMIT, 1_002, 10);
    book.submit(2, 2, Side.BUY, OrderType.LIMIT, 1_000, 10);
    assertThat(book.replace(2, 2, 1_002, 6)).isEqualTo(RejectReason.NONE);
    assertThat(fills).containsExactly("1<-2 6@1002");
    assertThat(book.lastCancelled()).isEqualTo(10);
    assertThat(book.restingQuantity(2)).isZero();
    assertThat(book.restingQuantity(1)).isEqualTo(4);
  }

  @Test
  void depthListsTopLevelsBestFirst() {
    for (long p = 990; p < 1_000; p++) {
      book.submit(p, 1, Side.BUY, OrderType.LIMIT, p, p - 980);
      book.submit(p + 10_000, 1, Side.SELL, OrderType.LIMIT, p + 20, 1);
    }
    book.submit(50_000, 1, Side.BUY, OrderType.LIMIT, 999, 5);

    BookSnapshot snapshot = book.snapshot(3);
    assertThat(snapshot.bids())
        .containsExactly(new Level(999, 24), new Level(998, 18), new Level(997, 17));
    assertThat(snapshot.asks())
        .containsExactly(new Level(1_010, 1), new Level(1_011, 1), new Level(1_012, 1));
    assertThat(book.snapshot(100).bids()).hasSize(10);
  }

  @Test
  void pricesFarApartWidenTheLadderWithoutLosingOrders() {
    BookUnderTest wide = newBook("W", 100_000, 5_000, (a, b, c, d, e, f, g) -> {});
    wide.submit(1, 1, Side.BUY, OrderType.LIMIT, 50_000, 1);
    wide.submit(2, 1, Side.SELL, OrderType.LIMIT, 150_000, 2);
    wide.submit(3, 1, Side.BUY, OrderType.LIMIT, 99_999, 3);
    wide.submit(4, 1, Side.SELL, OrderType.LIMIT, 100_001, 4);

    assertThat(wide.bestBid()).isEqualTo(99_999);
    assertThat(wide.bestAsk()).isEqualTo(100_001);
    wide.cancel(3, 1);
    wide.cancel(4, 1);
    assertThat(wide.bestBid()).isEqualTo(50_000);
    assertThat(wide.bestAsk()).isEqualTo(150_000);
  }

  @Test
  void emptySidesReportNoPrice() {
    assertThat(book.bestBid()).isEqualTo(OrderBook.NO_PRICE);
    assertThat(book.bestAsk()).isEqualTo(OrderBook.NO_PRICE);
    assertThat(book.lastTradeTicks()).isEqualTo(OrderBook.NO_PRICE);
    assertThat(book.anchorTicks()).isEqualTo(1_000);
  }

  @Test
  void bandFollowsTheLastTrade() {
    assertThat(book.bandLow()).isEqualTo(900);
    assertThat(book.bandHigh()).isEqualTo(1_100);
    book.submit(1, 1, Side.SELL, OrderType.LIMIT, 1_100, 1);
    book.submit(2, 2, Side.BUY, OrderType.MARKET, 0, 1);
    assertThat(book.bandLow()).isEqualTo(990);
    assertThat(book.bandHigh()).isEqualTo(1_210);
  }

  @Test
  void depthWritesTheLevelsBestFirstIntoTheArrays() {
    book.submit(1, 1, Side.SELL, OrderType.LIMIT, 1_003, 7);
    book.submit(2, 1, Side.SELL, OrderType.LIMIT, 1_001, 5);
    book.submit(3, 2, Side.SELL, OrderType.LIMIT, 1_001, 2);
    long[] ticks = new long[4];
    long[] quantities = new long[4];

    assertThat(book.depth(Side.SELL, 4, ticks, quantities)).isEqualTo(2);
    assertThat(ticks).startsWith(1_001, 1_003);
    assertThat(quantities).startsWith(7, 7);
    assertThat(book.depth(Side.SELL, 1, ticks, quantities)).isEqualTo(1);
    assertThat(book.depth(Side.BUY, 4, ticks, quantities)).isZero();
    assertThat(book.bestAskQuantity()).isEqualTo(7);
    assertThat(book.bestBidQuantity()).isZero();
  }

  @Test
  void badRequestsAreRefusedWithTheirReasonAndChangeNothing() {
    book.submit(1, 1, Side.BUY, OrderType.LIMIT, 999, 10);

    assertThat(book.submit(2, 1, Side.BUY, OrderType.LIMIT, 999, 0))
        .isEqualTo(RejectReason.NON_POSITIVE_QUANTITY);
    assertThat(book.submit(2, 1, Side.BUY, OrderType.MARKET, 0, OrderBook.MAX_QUANTITY + 1))
        .isEqualTo(RejectReason.QUANTITY_TOO_LARGE);
    assertThat(book.submit(2, 1, Side.BUY, OrderType.LIMIT, 899, 1))
        .isEqualTo(RejectReason.PRICE_OUTSIDE_BAND);
    assertThat(book.submit(2, 1, Side.SELL, OrderType.IOC, 1_101, 1))
        .isEqualTo(RejectReason.PRICE_OUTSIDE_BAND);
    assertThat(book.submit(1, 1, Side.BUY, OrderType.LIMIT, 998, 1))
        .isEqualTo(RejectReason.DUPLICATE_ORDER_ID);
    assertThat(book.cancel(7, 1)).isEqualTo(RejectReason.UNKNOWN_ORDER);
    assertThat(book.cancel(1, 2)).isEqualTo(RejectReason.NOT_OWNER);
    assertThat(book.replace(1, 2, 999, 5)).isEqualTo(RejectReason.NOT_OWNER);
    assertThat(book.replace(7, 1, 999, 5)).isEqualTo(RejectReason.UNKNOWN_ORDER);
    assertThat(book.replace(1, 1, 1_200, 5)).isEqualTo(RejectReason.PRICE_OUTSIDE_BAND);

    assertThat(new long[] {book.lastFilled(), book.lastResting(), book.lastCancelled()})
        .containsExactly(0, 0, 0);
    assertThat(book.snapshot(5).bids()).containsExactly(new Level(999, 10));
    assertThat(book.liveOrders()).isEqualTo(1);
  }

  @Test
  void aRequestFromInsideAFillCallbackIsRefusedAsBusy() {
    List<RejectReason> inside = new ArrayList<>();
    BookUnderTest[] self = new BookUnderTest[1]; // the sink needs the book it is given to
    self[0] =
        newBook(
            "R",
            1_000,
            1_000,
            (makerId, maker, takerId, taker, side, price, qty) -> {
              inside.add(self[0].cancel(makerId, maker));
              inside.add(self[0].submit(99, maker, Side.SELL, OrderType.LIMIT, 1_000, 1));
            });
    self[0].submit(1, 1, Side.SELL, OrderType.LIMIT, 1_000, 5);
    self[0].submit(2, 2, Side.BUY, OrderType.LIMIT, 1_000, 3);

    assertThat(inside).containsExactly(RejectReason.BOOK_BUSY, RejectReason.BOOK_BUSY);
    assertThat(self[0].lastFilled()).isEqualTo(3);
    assertThat(self[0].restingQuantity(1)).isEqualTo(2);
    assertThat(self[0].restingQuantity(99)).isZero();
  }

  @Test
  void aNonPositiveReferenceOrBandIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> newBook("X", 0, 1_000, (a, b, c, d, e, f, g) -> {}));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> newBook("X", 1_000, 0, (a, b, c, d, e, f, g) -> {}));
  }
}
