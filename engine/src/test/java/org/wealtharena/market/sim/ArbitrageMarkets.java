package org.wealtharena.market.sim;

import org.wealtharena.market.SimulationClock;

/**
 * Test markets for tests that need our arbitrageur to trade (its metrics, its fills, its messages):
 * the embedded market with the background arbitrageurs a whole decision step slower than an agent,
 * so the crosses they would take in microseconds last long enough for a once-a-second agent. The
 * default market gives no such edge; see {@code NoFreeLunchTest}.
 */
public final class ArbitrageMarkets {
  private ArbitrageMarkets() {}

  public static MarketConfig slowCompetition() {
    MarketConfig market = MarketConfig.defaultMarket();
    return market.withFlow(market.flow().withArbitrageAdvantage(SimulationClock.SECOND));
  }
}
