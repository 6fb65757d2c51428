package org.wealtharena.market.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealtharena.market.venue.VenueFixture.price;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wealtharena.market.book.RejectReason;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;

/** Every reject reason, each from the request that should cause it. */
class VenueRejectionTest {
  private static final Set<RejectReason> SEEN = EnumSet.noneOf(RejectReason.class);

  private final VenueFixture market = new VenueFixture();
  private final int alice = market.participant("alice");
  private final int bob = market.participant("bob");

  private RejectReason expect(OrderResult result, RejectReason reason) {
    assertThat(result.reason()).isEqualTo(reason);
    assertThat(result.accepted()).isFalse();
    assertThat(result.filledQuantity() + result.restingQuantity() + result.cancelledQuantity())
        .isZero();
    SEEN.add(reason);
    return reason;
  }

  @Test
  void nonPositiveQuantity() {
    expect(
        market.venue.submit(alice, Order.limit(1, "AAA", Side.BUY, price(100, 0), 0)),
        RejectReason.NON_POSITIVE_QUANTITY);
    expect(
        market.venue.submit(alice, Order.market(2, "AAA", Side.SELL, -5)),
        RejectReason.NON_POSITIVE_QUANTITY);
  }

  @Test
  void quantityTooLarge() {
    expect(
        market.venue.submit(alice, Order.ioc(1, "AAA", Side.BUY, price(100, 0), 2_000_000_000L)),
        RejectReason.QUANTITY_TOO_LARGE);
  }

  @Test
  void priceOffTheTickGrid() {
    expect(
        market.venue.submit(alice, Order.limit(1, "AAA", Side.BUY, price(100, 0) + 5_000, 10)),
        RejectReason.PRICE_OFF_TICK);
    expect(
        market.venue.replace(alice, "AAA", 1, price(100, 0) + 1, 10), RejectReason.PRICE_OFF_TICK);
  }

  @Test
  void priceOutsideTheBand() {
    // Band is +-10 % around $100.00 until the first trade.
    expect(
        market.venue.submit(alice, Order.limit(1, "AAA", Side.SELL, price(110, 1), 10)),
        RejectReason.PRICE_OUTSIDE_BAND);
    expect(
        market.venue.submit(alice, Order.limit(2, "AAA", Side.BUY, price(89, 99), 10)),
        RejectReason.PRICE_OUTSIDE_BAND);
    expect(
        market.venue.submit(alice, Order.limit(3, "AAA", Side.BUY, -price(1, 0), 10)),
        RejectReason.PRICE_OUTSIDE_BAND);
    assertThat(
            market
                .venue
                .submit(alice, Order.limit(4, "AAA", Side.SELL, price(110, 0), 10))
                .accepted())
        .isTrue();
  }

  @Test
  void unknownSymbol() {
    expect(
        market.venue.submit(alice, Order.limit(1, "ZZZ", Side.BUY, price(100, 0), 10)),
        RejectReason.UNKNOWN_SYMBOL);
    expect(market.venue.cancel(alice, "ZZZ", 1), RejectReason.UNKNOWN_SYMBOL);
  }

  @Test
  void duplicateOrderIdWhileTheFirstIsLive() {
    market.venue.submit(alice, Order.limit(7, "AAA", Side.BUY, price(99, 0), 10));
    expect(
        market.venue.submit(alice, Order.limit(7, "AAA", Side.BUY, price(98, 0), 10)),
        RejectReason.DUPLICATE_ORDER_ID);
    expect(
        market.venue.submit(bob, Order.market(7, "AAA", Side.SELL, 1)),
        RejectReason.DUPLICATE_ORDER_ID);
    assertThat(market.venue.book("AAA").restingQuantity(7)).isEqualTo(10);
  }

  @Test
  void unknownOrderForCancelAndReplace() {
    expect(market.venue.cancel(alice, "AAA", 99), RejectReason.UNKNOWN_ORDER);
    expect(market.venue.replace(alice, "AAA", 99, price(100, 0), 5), RejectReason.UNKNOWN_ORDER);
    market.venue.submit(alice, Order.limit(1, "AAA", Side.BUY, price(99, 0), 10));
    market.venue.cancel(alice, "AAA", 1);
    expect(market.venue.cancel(alice, "AAA", 1), RejectReason.UNKNOWN_ORDER);
  }

  @Test
  void notTheOwner() {
    market.venue.submit(alice, Order.limit(1, "AAA", Side.BUY, price(99, 0), 10));
    expect(market.venue.cancel(bob, "AAA", 1), RejectReason.NOT_OWNER);
    expect(market.venue.replace(bob, "AAA", 1, price(99, 0), 5), RejectReason.NOT_OWNER);
    assertThat(market.venue.book("AAA").restingQuantity(1)).isEqualTo(10);
  }

  @Test
  void requestFromInsideAFillCallbackIsRefused() {
    OrderResult[] inner = new OrderResult[1];
    market.dispatcher.setParticipantListener(
        bob,
        new ParticipantListener() {
          @Override
          public void onFill(Fill fill) {
            inner[0] = market.venue.submit(bob, Order.limit(50, "AAA", Side.BUY, price(99, 0), 1));
          }
        });
    market.venue.submit(alice, Order.limit(1, "AAA", Side.SELL, price(100, 0), 10));
    OrderResult outer = market.venue.submit(bob, Order.market(2, "AAA", Side.BUY, 10));

    assertThat(outer.filledQuantity()).isEqualTo(10);
    expect(inner[0], RejectReason.BOOK_BUSY);
  }

  @Test
  void unknownVenueThroughAGateway() {
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), 1);
    RecordingListener heard = new RecordingListener();
    var gateway = simulation.connect("agent", heard);
    gateway.submit("LSE", Order.limit(gateway.nextOrderId(), "AAPL", Side.BUY, price(190, 0), 1));
    simulation.advanceBy(1);
    expect(heard.results.get(0), RejectReason.UNKNOWN_VENUE);
  }

  @AfterAll
  static void everyReasonHasATest() {
    assertThat(SEEN).containsAll(EnumSet.complementOf(EnumSet.of(RejectReason.NONE)));
  }
}
