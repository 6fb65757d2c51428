package org.wealtharena.market.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;

/** Cash and shares are conserved exactly, and fees end up in the venue's account. */
class VenueAccountingProperties {

  record Request(
      int trader,
      int symbol,
      Side side,
      OrderType type,
      long cents,
      long quantity,
      boolean cancelInstead) {}

  @Provide
  Arbitrary<List<Request>> requests() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 1),
            Arbitraries.of(Side.values()),
            Arbitraries.of(OrderType.values()),
            Arbitraries.longs().between(-8, 8),
            Arbitraries.longs().between(1, 1_000),
            Arbitraries.integers().between(0, 5).map(i -> i == 0))
        .as(Request::new)
        .list()
        .ofMaxSize(400);
  }

  @Property(tries = 200)
  void cashAndSharesAreConservedAndFeesGoToTheVenue(@ForAll("requests") List<Request> requests) {
    VenueFixture market = new VenueFixture();
    int[] traders = new int[5];
    for (int i = 0; i < traders.length; i++) {
      traders[i] = market.participant("trader" + i);
    }
    long id = 1;
    for (Request r : requests) {
      String symbol = r.symbol() == 0 ? "AAA" : "BBB";
      long base = r.symbol() == 0 ? VenueFixture.price(100, 0) : VenueFixture.price(50, 0);
      if (r.cancelInstead()) {
        market.venue.cancel(traders[r.trader()], symbol, id - 1 - r.cents() % 5);
      } else {
        long price = base + r.cents() * VenueFixture.TICK;
        market.venue.submit(
            traders[r.trader()], new Order(id++, symbol, r.side(), r.type(), price, r.quantity()));
      }
    }

    assertThat(market.ledger.totalCash()).isZero();
    assertThat(market.ledger.totalPosition(0)).isZero();
    assertThat(market.ledger.totalPosition(1)).isZero();
    long fees = 0;
    for (Fill f : market.fills) {
      assertThat(f.makerFeeMicros()).isEqualTo(f.quantity() * VenueFixture.MAKER_FEE);
      assertThat(f.takerFeeMicros()).isEqualTo(f.quantity() * VenueFixture.TAKER_FEE);
      fees += f.makerFeeMicros() + f.takerFeeMicros();
    }
    assertThat(market.ledger.cash(market.venue.account())).isEqualTo(fees);
    for (int trader : traders) {
      long cash = 0;
      long[] shares = new long[2];
      for (Fill f : market.fills) {
        if (f.buyer() == trader) {
          cash -= f.quantity() * f.priceMicros() + f.feeOf(trader);
          shares[f.symbolIndex()] += f.quantity();
        }
        if (f.seller() == trader) {
          cash +=
              f.quantity() * f.priceMicros()
                  - (f.buyer() == trader ? f.makerFeeMicros() : f.feeOf(trader));
          shares[f.symbolIndex()] -= f.quantity();
        }
      }
      assertThat(market.ledger.cash(trader)).isEqualTo(cash);
      assertThat(market.ledger.position(trader, 0)).isEqualTo(shares[0]);
      assertThat(market.ledger.position(trader, 1)).isEqualTo(shares[1]);
    }
  }
}
