package org.wealtharena.market.book;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.lang.reflect.Field;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderBook#checkInvariants()} can fail: each test breaks one link between ladder, index and
 * pool behind the book's back (through its private fields) and expects the check to name it.
 */
class OrderBookInvariantsTest {
  private final OrderBook book = new OrderBook("T", 1_000, 1_000, (a, b, c, d, e, f, g) -> {});
  private OrderPool pool;
  private OrderIndex index;

  @BeforeEach
  void restSomeOrders() throws ReflectiveOperationException {
    book.submit(1, 1, Side.BUY, OrderType.LIMIT, 998, 10);
    book.submit(2, 1, Side.BUY, OrderType.LIMIT, 998, 20);
    book.submit(3, 2, Side.SELL, OrderType.LIMIT, 1_003, 5);
    book.submit(4, 2, Side.SELL, OrderType.LIMIT, 1_002, 5);
    book.cancel(4, 2); // a slot on the free list
    pool = (OrderPool) field("pool").get(book);
    index = (OrderIndex) field("live").get(book);
    assertThatCode(book::checkInvariants).doesNotThrowAnyException();
  }

  @Test
  void aLevelTotalThatIsNotTheSumOfItsOrders() {
    pool.remaining[index.get(2)] += 1;
    assertThatIllegalStateException()
        .isThrownBy(book::checkInvariants)
        .withMessage("bids level 998 total 30 != sum of its orders 31");
  }

  @Test
  void aRestingOrderMissingFromTheIndex() {
    index.remove(1);
    assertThatIllegalStateException()
        .isThrownBy(book::checkInvariants)
        .withMessage("bids level 998 holds order 1 that is not in the index");
  }

  @Test
  void anOrderAtAnotherLevelsPrice() {
    pool.priceTicks[index.get(3)] = 1_004;
    assertThatIllegalStateException()
        .isThrownBy(book::checkInvariants)
        .withMessage("asks level 1003 holds order 3 of another price or side");
  }

  @Test
  void aPoolSlotNeitherRestingNorFree() {
    pool.allocate(9, 1, true, 997, 1);
    assertThatIllegalStateException()
        .isThrownBy(book::checkInvariants)
        .withMessage("pool: 0 free + 3 resting != 4 slots");
  }

  @Test
  void anIndexEntryWithoutARestingOrder() {
    index.put(77, index.get(3));
    assertThatIllegalStateException()
        .isThrownBy(book::checkInvariants)
        .withMessage("3 orders rest on the ladders but the index holds 4");
  }

  private static Field field(String name) throws NoSuchFieldException {
    Field field = OrderBook.class.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }
}
