package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Concurrently;
import org.wealtharena.metrics.testing.Scrape;

/** No increment is lost when many threads hit one labelled counter. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int PER_THREAD = 1_000_000;

  @Test
  void guideStyleCallsLoseNoIncrement() throws Exception {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    hammer(() -> m.recordMarketMakerQuote("mm_1", "AAPL", "bid"));
    assertThat(bidQuotes(m)).isEqualTo((double) THREADS * PER_THREAD);
  }

  @Test
  void boundViewLosesNoIncrement() throws Exception {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    MarketMakerMetrics view = m.marketMaker("mm_1", "AAPL");
    hammer(() -> view.quote(QuoteSide.BID));
    assertThat(bidQuotes(m)).isEqualTo((double) THREADS * PER_THREAD);
  }

  private static double bidQuotes(SpecializedAgentMetrics m) {
    return Scrape.value(
            m.registry(),
            "market_maker_quotes_total",
            "agent_id",
            "mm_1",
            "side",
            "bid",
            "symbol",
            "AAPL")
        .orElseThrow();
  }

  /** Runs {@code increment} PER_THREAD times on each of THREADS threads, all released together. */
  private static void hammer(Runnable increment) throws Exception {
    Concurrently.run(
        THREADS,
        thread -> {
          for (int i = 0; i < PER_THREAD; i++) {
            increment.run();
          }
        });
  }
}
