package org.wealtharena.examples.minimal;

import org.wealtharena.metrics.MarketMakerMetrics;
import org.wealtharena.metrics.MetricsServer;
import org.wealtharena.metrics.MetricsServerConfig;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.QuoteSide;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * A user's own agents recording with the WealthArena metrics library: both endpoints served on
 * loopback (8012 and 8013 unless given), one training iteration and one market-maker quote.
 */
public final class TradingApp implements AutoCloseable {

  private final MultiAgentMetrics training = new MultiAgentMetrics();
  private final SpecializedAgentMetrics agents = new SpecializedAgentMetrics();
  private final MarketMakerMetrics marketMaker = agents.marketMaker("mm_1", "AAPL");
  private final MetricsServer trainingServer;
  private final MetricsServer agentsServer;

  public TradingApp(int trainingPort, int agentsPort) {
    trainingServer = training.startMultiAgentMetricsServer(loopback(trainingPort));
    agentsServer = agents.startSpecializedAgentsMetricsServer(loopback(agentsPort));
  }

  public static void main(String[] args) throws InterruptedException {
    try (TradingApp app = new TradingApp(MultiAgentMetrics.DEFAULT_PORT, 8013)) {
      app.step(0);
      System.out.println("scrape " + app.trainingUrl() + " and " + app.agentsUrl());
      Thread.currentThread().join(); // serve until stopped
    }
  }

  /** One training iteration and one quote. */
  public void step(int iteration) {
    training.recordMultiAgentIteration("hierarchical", iteration, "run_1", 10.0 + iteration);
    long start = System.nanoTime();
    marketMaker.quote(QuoteSide.BID);
    marketMaker.spread(0.05);
    marketMaker.quoteLatency((System.nanoTime() - start) / 1e9);
  }

  public String trainingUrl() {
    return trainingServer.url();
  }

  public String agentsUrl() {
    return agentsServer.url();
  }

  @Override
  public void close() {
    trainingServer.close();
    agentsServer.close();
  }

  private static MetricsServerConfig loopback(int port) {
    return MetricsServerConfig.builder().port(port).bindAddress("127.0.0.1").build();
  }
}
