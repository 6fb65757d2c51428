package org.wealtharena.market.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.regime.Regime;
import org.wealtharena.market.regime.RegimeEffects;
import org.wealtharena.market.regime.RegimeSpec;

/** What a regime does to the background flow, seen on the books. */
class RegimeFlowTest {

  /** Noise-taker fills and the mean quoted spread (ticks) over 30 minutes of one symbol. */
  private record Flow(long noiseTakerFills, double meanSpreadTicks) {}

  private static Flow flow(RegimeSpec regimes) {
    MarketSimulation simulation =
        MarketSimulation.create(
            MarketConfig.defaultMarket().withSymbols(List.of("NVDA")).withRegimes(regimes), 21);
    Set<Integer> noise = new HashSet<>();
    for (int p = 0; p < simulation.ledger().participants(); p++) {
      if (simulation.ledger().name(p).startsWith("noise@")) {
        noise.add(p);
      }
    }
    long[] noiseFills = new long[1];
    simulation.addFillListener(
        f -> {
          if (noise.contains(f.takerParticipant())) {
            noiseFills[0]++;
          }
        });
    OrderBook book = simulation.venue("NASDAQ").book("NVDA");
    double spreadSum = 0;
    int samples = 0;
    for (long t = SimulationClock.SECOND;
        t <= 30 * SimulationClock.MINUTE;
        t += SimulationClock.SECOND) {
      simulation.advanceTo(t);
      if (book.hasBid() && book.hasAsk()) {
        spreadSum += book.bestAsk() - book.bestBid();
        samples++;
      }
    }
    return new Flow(noiseFills[0], spreadSum / samples);
  }

  @Test
  void aLiquidityDroughtThinsTheUninformedFlowAndWidensTheSpread() {
    Flow usual = flow(RegimeSpec.only(Regime.CALM, RegimeEffects.neutral(1, 1)));
    Flow drought =
        flow(RegimeSpec.only(Regime.DROUGHT, RegimeEffects.builder(1, 1).noiseRate(0.3).build()));
    System.out.printf(
        "noise-taker fills %d -> %d, mean spread %.2f -> %.2f ticks%n",
        usual.noiseTakerFills(),
        drought.noiseTakerFills(),
        usual.meanSpreadTicks(),
        drought.meanSpreadTicks());
    assertThat((double) drought.noiseTakerFills())
        .isBetween(0.15 * usual.noiseTakerFills(), 0.45 * usual.noiseTakerFills());
    assertThat(drought.meanSpreadTicks()).isGreaterThan(1.2 * usual.meanSpreadTicks());
  }
}
