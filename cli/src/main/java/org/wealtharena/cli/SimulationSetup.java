package org.wealtharena.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.wealtharena.market.sim.MarketConfig;

/**
 * What every {@code simulate} mode runs on: the market, its seed, how long (simulated), and what
 * the bar reader skipped or repaired on the way ({@code --csv}), and where its tape goes ({@code
 * --tape}), if anywhere.
 */
record SimulationSetup(
    MarketConfig market,
    long seed,
    long durationNanos,
    List<String> warnings,
    Optional<Path> tape) {

  SimulationSetup {
    warnings = List.copyOf(warnings);
  }
}
