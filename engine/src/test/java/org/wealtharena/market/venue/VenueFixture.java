package org.wealtharena.market.venue;

import java.util.ArrayList;
import java.util.List;
import org.wealtharena.market.accounting.Ledger;

/** A two-symbol venue at a fixed clock with a maker rebate and a taker fee, for tests. */
final class VenueFixture {
  static final long TICK = 10_000; // one cent in micro-dollars
  static final long MAKER_FEE = -2_000;
  static final long TAKER_FEE = 3_000;

  final Ledger ledger = new Ledger(2);
  final FillDispatcher dispatcher = new FillDispatcher(() -> 42L);
  final List<Fill> fills = new ArrayList<>();
  final Venue venue;

  VenueFixture() {
    VenueSpec spec =
        new VenueSpec("TESTX", TICK, MAKER_FEE, TAKER_FEE, 1_000, new LatencyModel(1_000, 0));
    venue =
        new Venue(
            0,
            spec,
            List.of("AAA", "BBB"),
            new long[] {100_000_000, 50_000_000},
            ledger,
            dispatcher);
    dispatcher.addListener(fill -> fills.add(fill.copy()));
  }

  int participant(String name) {
    return ledger.open(name);
  }

  /** Dollars and cents to micro-dollars, e.g. {@code price(100, 1)} is $100.01. */
  static long price(long dollars, long cents) {
    return dollars * 1_000_000 + cents * TICK;
  }
}
