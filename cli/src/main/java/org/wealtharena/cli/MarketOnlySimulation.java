package org.wealtharena.cli;

/**
 * {@code simulate --agents none}: the background flow alone, for its fills digest (the reference
 * for "behaviour unchanged") and the state of the books. Nothing records into the metrics, so the
 * endpoints start only with {@code --linger}.
 */
final class MarketOnlySimulation implements SimulationMode {

  @Override
  public String coordinationType() {
    return RunMetrics.NO_COORDINATION;
  }

  @Override
  public boolean recordsMetrics() {
    return false;
  }

  @Override
  public Report run(SimulationSetup setup, RunMetrics metrics) {
    SimulatedMarket market = new SimulatedMarket(setup);
    long started = System.nanoTime();
    market.simulation().advanceTo(setup.durationNanos());
    SimulatedMarket.Summary summary = market.summary((System.nanoTime() - started) / 1e9);
    return new Report(summary, out -> market.printTable(out, summary));
  }
}
