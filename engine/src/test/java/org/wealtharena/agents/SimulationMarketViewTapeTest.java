package org.wealtharena.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.market.venue.Fill;

class SimulationMarketViewTapeTest {

  private static final int VENUE = 0;
  private static final int SYMBOL = 0;

  /** {sequence, time, price, quantity} of every fill of one book, in the order they happened. */
  private final List<long[]> fills = new ArrayList<>();

  private final MarketSimulation simulation =
      MarketSimulation.create(MarketConfig.defaultMarket(), 11);

  private final SimulationMarketView view = new SimulationMarketView(simulation);

  SimulationMarketViewTapeTest() {
    simulation.addFillListener(this::record);
  }

  private void record(Fill fill) {
    if (fill.venueIndex() == VENUE && fill.symbolIndex() == SYMBOL) {
      fills.add(
          new long[] {fill.sequence(), fill.timeNanos(), fill.priceMicros(), fill.quantity()});
    }
  }

  @Test
  void holdsTheLastTradesOfItsBookOldestFirstOnceTheRingHasWrapped() {
    simulation.advanceTo(20 * SimulationClock.MINUTE);
    assertThat(fills).hasSizeGreaterThan(2 * MarketView.TAPE_TRADES);

    List<long[]> seen = new ArrayList<>();
    long newest = view.tradesSince(VENUE, SYMBOL, -1, (t, p, q) -> seen.add(new long[] {t, p, q}));

    List<long[]> expected = fills.subList(fills.size() - MarketView.TAPE_TRADES, fills.size());
    assertThat(seen).hasSize(MarketView.TAPE_TRADES);
    for (int i = 0; i < seen.size(); i++) {
      assertThat(seen.get(i))
          .containsExactly(expected.get(i)[1], expected.get(i)[2], expected.get(i)[3]);
    }
    assertThat(newest).isEqualTo(fills.get(fills.size() - 1)[0]);
    assertThat(view.tradesPrinted(VENUE, SYMBOL))
        .as("every trade printed, not only those the ring still holds")
        .isEqualTo(fills.size());
  }

  @Test
  void visitsOnlyTheTradesAfterTheGivenSequence() {
    simulation.advanceTo(5 * SimulationClock.MINUTE);
    long before = view.tradesSince(VENUE, SYMBOL, -1, (t, p, q) -> {});
    int already = fills.size();
    simulation.advanceTo(6 * SimulationClock.MINUTE);
    assertThat(fills.size()).isGreaterThan(already);

    List<Long> times = new ArrayList<>();
    long newest = view.tradesSince(VENUE, SYMBOL, before, (t, p, q) -> times.add(t));

    assertThat(times)
        .containsExactlyElementsOf(
            fills.subList(already, fills.size()).stream().map(f -> f[1]).toList());
    assertThat(newest).isEqualTo(fills.get(fills.size() - 1)[0]);
    assertThat(view.tradesSince(VENUE, SYMBOL, newest, (t, p, q) -> times.add(-1L)))
        .isEqualTo(newest);
    assertThat(times).doesNotContain(-1L);
  }
}
