package org.wealtharena.market.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

/**
 * A side's window is bounded: a price range wider than {@link PriceLadder#MAX_LEVELS} is refused at
 * once (it used to overflow the window size and loop forever at $1e11), and the highest price
 * replay accepts keeps the band inside the bound.
 */
class PriceLadderBoundTest {

  @Test
  void aRangeWiderThanTheBoundIsRefusedNotGrown() {
    long reference = 10_000_000_000_000L; // $1e11 in cent ticks
    OrderBook book = new OrderBook("BIG", reference, 1_000, (a, b, c, d, e, f, g) -> {});
    book.submit(1, 1, Side.BUY, OrderType.LIMIT, reference, 10);
    assertThatIllegalStateException()
        .isThrownBy(() -> book.submit(2, 1, Side.BUY, OrderType.LIMIT, reference / 100 * 95, 10))
        .withMessageContaining("more than the " + PriceLadder.MAX_LEVELS + " levels a side holds");
  }

  @Test
  void theHighestAcceptedPriceKeepsItsWholeBandInside() {
    long band = 1_000;
    long top = OrderBook.highestPriceTicks(band);
    OrderBook book = new OrderBook("TOP", top, band, (a, b, c, d, e, f, g) -> {});
    book.submit(1, 1, Side.BUY, OrderType.LIMIT, book.bandLow(), 10);
    book.submit(2, 1, Side.BUY, OrderType.LIMIT, book.bandHigh() - 1, 10);
    book.checkInvariants();
    assertThat(book.bandHigh() - book.bandLow()).isLessThanOrEqualTo(PriceLadder.MAX_LEVELS / 2);
  }
}
