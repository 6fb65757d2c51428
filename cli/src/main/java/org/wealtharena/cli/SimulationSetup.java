package org.wealtharena.cli;

import java.util.List;
import org.wealtharena.market.sim.MarketConfig;

/**
 * What every {@code simulate} mode runs on: the market, its seed, how long (simulated), and what
 * the bar reader skipped or repaired on the way ({@code --csv}).
 */
record SimulationSetup(MarketConfig market, long seed, long durationNanos, List<String> warnings) {

  SimulationSetup {
    warnings = List.copyOf(warnings);
  }
}
