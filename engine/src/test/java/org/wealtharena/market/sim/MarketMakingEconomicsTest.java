package org.wealtharena.market.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.book.Side;

/**
 * The background flow is realistic enough for market making: passive fills against noise traders
 * earn the spread, passive fills against value (informed) traders lose on the mark-out.
 */
class MarketMakingEconomicsTest {
  private static final long MARKOUT = 30 * SimulationClock.SECOND;

  /** Maker edge in ticks: (mid later - price) for a maker that bought, the negative if it sold. */
  record MakerFill(long time, boolean makerBought, long priceTicks, boolean informedTaker) {}

  @Test
  void spreadIsEarnedFromNoiseAndLostToInformedFlow() {
    MarketSimulation simulation =
        MarketSimulation.create(MarketConfig.defaultMarket().withSymbols(List.of("NVDA")), 13);
    Set<Integer> informed = new HashSet<>();
    for (int p = 0; p < simulation.ledger().participants(); p++) {
      if (simulation.ledger().name(p).startsWith("value@")) {
        informed.add(p);
      }
    }
    List<MakerFill> fills = new ArrayList<>();
    OrderBook book = simulation.venue("NASDAQ").book("NVDA");
    simulation.addFillListener(
        f -> {
          if (f.venue().equals("NASDAQ")) {
            fills.add(
                new MakerFill(
                    f.timeNanos(),
                    f.takerSide() == Side.SELL,
                    f.priceTicks(),
                    informed.contains(f.takerParticipant())));
          }
        });
    double[] edge = new double[2];
    long[] count = new long[2];
    int next = 0;
    for (long t = SimulationClock.SECOND;
        t <= 2 * SimulationClock.HOUR;
        t += SimulationClock.SECOND) {
      simulation.advanceTo(t);
      while (next < fills.size() && fills.get(next).time() + MARKOUT <= t) {
        MakerFill f = fills.get(next++);
        double change = book.anchorTicks() - f.priceTicks();
        int kind = f.informedTaker() ? 1 : 0;
        edge[kind] += f.makerBought() ? change : -change;
        count[kind]++;
      }
      fills.subList(0, next).clear();
      next = 0;
    }
    System.out.printf(
        "mark-outs: noise %.3f, informed %.3f ticks%n", edge[0] / count[0], edge[1] / count[1]);
    assertThat(edge[0] / count[0]).as("mark-out vs noise takers, ticks").isPositive();
    assertThat(edge[1] / count[1]).as("mark-out vs informed takers, ticks").isNegative();
  }
}
