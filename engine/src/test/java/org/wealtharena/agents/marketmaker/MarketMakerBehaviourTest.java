package org.wealtharena.agents.marketmaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.AgentAccount;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.Execution;
import org.wealtharena.agents.FixedContext;
import org.wealtharena.agents.RecordingSink;
import org.wealtharena.agents.ScriptedMarket;
import org.wealtharena.agents.SpecializedAgentsEpisode;
import org.wealtharena.agents.SpreadCapture;
import org.wealtharena.agents.TradingState;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.Side;
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
    ScriptedMarket market = new ScriptedMarket();
    market.post(ScriptedMarket.ALPHA, Side.BUY, 99.98, 500);
    market.post(ScriptedMarket.ALPHA, Side.SELL, 100.02, 500);
    market.advance();
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
    MarketMakerConfig config =
        new MarketMakerConfig(
            "mm-test",
            ScriptedMarket.ALPHA,
            List.of("AAA"),
            0.1,
            50,
            60,
            sigma,
            300,
            FairPrice.MID,
            1,
            1,
            100,
            1_000,
            ScriptedMarket.SECOND,
            100,
            1800,
            100);
    AgentAccount account = new AgentAccount(1);
    if (inventory != 0) {
      account.apply(new Execution(1, 0, 0, Side.BUY, inventory, 100_000_000, 0, 0));
    }
    RecordingSink sink = new RecordingSink();
    new MarketMaker(config, new SpecializedAgentMetrics())
        .decide(
            new FixedContext(
                market.view, account, Budget.ofDollars(1_000_000, 10_000), TradingState.ACTIVE),
            sink);
    return sink.orders(Side.SELL).get(0).priceMicros() - sink.orders(Side.BUY).get(0).priceMicros();
  }

  /**
   * Against noise traders only (no value or momentum traders, so no fill carries information) the
   * market maker trades on the right side of the mid on average: positive spread capture per share
   * in every one of several half-hour episodes.
   */
  @Test
  void capturesPositiveSpreadAgainstPureNoiseFlow() {
    MarketConfig noiseOnly =
        MarketConfig.defaultMarket().withFlow(MarketConfig.defaultMarket().flow().noiseOnly());
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
