package org.wealtharena.agents.marketmaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.RecordingSink;
import org.wealtharena.agents.ScriptedMarket;
import org.wealtharena.agents.SpecializedAgentsEpisode;
import org.wealtharena.agents.SpreadCapture;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.flow.FlowSpec;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/** How the market maker's quotes respond to risk, and what it earns when no flow is informed. */
class MarketMakerBehaviourTest {

  /**
   * A fresh market maker's σ estimate is its initial volatility (the first mid only starts the
   * EWMA), so quoting on the same scripted book with the same inventory and a higher initial
   * volatility is quoting with a higher estimated σ.
   */
  @Test
  void quotedSpreadWidensWithEstimatedVolatilityAtTheSameInventory() {
    ScriptedMarket market = ScriptedQuotes.book();
    for (long inventory : new long[] {0, 300}) {
      long previous = 0;
      for (double sigma : new double[] {0.02, 0.1, 0.2, 0.4}) {
        long spread = quotedSpreadMicros(market, sigma, inventory);
        assertThat(spread).as("sigma %s, inventory %d", sigma, inventory).isGreaterThan(previous);
        previous = spread;
      }
    }
  }

  private static long quotedSpreadMicros(ScriptedMarket market, double sigma, long inventory) {
    RecordingSink sink =
        ScriptedQuotes.quote(
            market, ScriptedQuotes.config(sigma), inventory, new SpecializedAgentMetrics());
    return sink.orders(Side.SELL).get(0).priceMicros() - sink.orders(Side.BUY).get(0).priceMicros();
  }

  /**
   * Against noise traders only (no value or momentum traders, so no fill carries information) the
   * market maker trades on the right side of the mid on average: positive spread capture per share
   * in every one of several half-hour episodes.
   */
  @Test
  void capturesPositiveSpreadAgainstPureNoiseFlow() {
    // Noise traders spread their limit orders as widely as before the market got tight 1-2 tick
    // spreads, so that a maker quoting at its Avellaneda-Stoikov width gets filled.
    FlowSpec flow = MarketConfig.defaultMarket().flow().noiseOnly();
    FlowSpec.Noise n = flow.noise();
    MarketConfig noiseOnly =
        MarketConfig.defaultMarket()
            .withFlow(
                new FlowSpec(
                    new FlowSpec.Noise(
                        n.ratePerSecond(), n.cancelShare(), n.marketShare(), 4.0, n.memory()),
                    flow.value(),
                    flow.momentum(),
                    flow.arbitrage(),
                    flow.lotSize(),
                    flow.meanExtraLots()));
    for (long seed : new long[] {1, 2, 3}) {
      MarketSimulation simulation = MarketSimulation.create(noiseOnly, seed);
      MarketMaker maker =
          new MarketMaker(
              MarketMakerConfig.defaults("mm-1", "NASDAQ", simulation.symbols()),
              new SpecializedAgentMetrics());
      SpecializedAgentsEpisode episode =
          SpecializedAgentsEpisode.builder(simulation, new SpecializedAgentMetrics())
              .agent(maker, Budget.ofDollars(1_000_000, 10_000))
              .build();
      SpreadCapture capture = SpreadCapture.of(simulation, episode.market(), "mm-1", "NASDAQ");
      for (long t = 0; t < 30 * SimulationClock.MINUTE; t += SimulationClock.SECOND) {
        capture.markMids();
        episode.step();
      }
      System.out.printf(
          "noise-only seed %d: %d shares, spread capture %.4f $/share, PnL %.2f $%n",
          seed,
          capture.shares(),
          capture.dollarsPerShare(),
          episode.seat("mm-1").account().pnlMicros(episode.market()) / 1e6);
      assertThat(capture.shares()).as("seed %d", seed).isPositive();
      assertThat(capture.dollarsPerShare()).as("seed %d", seed).isPositive();
    }
  }
}
