package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealtharena.metrics.RejectionTest.rejected;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Concurrently;
import org.wealtharena.metrics.testing.LogCapture;
import org.wealtharena.metrics.testing.Scrape;

class CardinalityLimitTest {

  private static final MetricsOptions LIMIT_3 =
      MetricsOptions.builder().cardinalityLimit(3).build();

  @Test
  void newLabelSetBeyondTheLimitIsRejectedWhileExistingOnesKeepWorking() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics(LIMIT_3);
    for (String symbol : List.of("AAPL", "MSFT", "GOOG")) {
      m.recordMarketMakerFillRate("mm_1", symbol, 0.5);
    }

    try (LogCapture log = LogCapture.of(SampleValidator.LOGGER_NAME)) {
      m.recordMarketMakerFillRate("mm_1", "TSLA", 0.5);
      m.recordMarketMakerFillRate("mm_1", "AMZN", 0.5);
      m.recordMarketMakerFillRate("mm_1", "AAPL", 0.9);

      assertThat(Scrape.points(m.registry(), "market_maker_fill_rate")).hasSize(3);
      assertThat(
              Scrape.value(
                  m.registry(), "market_maker_fill_rate", "agent_id", "mm_1", "symbol", "TSLA"))
          .isEmpty();
      assertThat(
              Scrape.value(
                  m.registry(), "market_maker_fill_rate", "agent_id", "mm_1", "symbol", "AAPL"))
          .hasValue(0.9);
      assertThat(rejected(m, "market_maker_fill_rate", "cardinality_limit")).isEqualTo(2.0);
      assertThat(log.messages()).filteredOn(msg -> msg.contains("cardinality_limit")).hasSize(1);
    }
    // the limit is per family
    m.recordMarketMakerPnl("mm_1", "TSLA", 1.0);
    assertThat(Scrape.value(m.registry(), "market_maker_pnl", "agent_id", "mm_1", "symbol", "TSLA"))
        .hasValue(1.0);
  }

  @Test
  void boundViewsCountAgainstTheLimitToo() {
    SpecializedAgentMetrics m =
        new SpecializedAgentMetrics(MetricsOptions.builder().cardinalityLimit(2).build());
    MarketMakerMetrics first = m.marketMaker("mm_1", "AAPL"); // bid and ask: 2 quote series
    MarketMakerMetrics second = m.marketMaker("mm_1", "MSFT");

    second.quote(QuoteSide.ASK);
    first.quote(QuoteSide.ASK);

    assertThat(
            Scrape.value(
                m.registry(),
                "market_maker_quotes_total",
                "agent_id",
                "mm_1",
                "side",
                "ask",
                "symbol",
                "AAPL"))
        .hasValue(1.0);
    assertThat(Scrape.points(m.registry(), "market_maker_quotes_total")).hasSize(2);
    // binding tried MSFT bid and ask, then the ask quote tried again
    assertThat(rejected(m, "market_maker_quotes_total", "cardinality_limit")).isEqualTo(3.0);
  }

  @Test
  void strictModeThrowsAtTheLimit() {
    MultiAgentMetrics m =
        new MultiAgentMetrics(MetricsOptions.builder().strict(true).cardinalityLimit(1).build());
    m.recordAgentCommunication("agent_0", "agent_1", "coordination");

    assertThatThrownBy(() -> m.recordAgentCommunication("agent_1", "agent_0", "coordination"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll(
            "agent_communication_total", "from_agent=\"agent_1\"", "limit of 1");
  }

  @Test
  void concurrentFirstTouchesNeverOvershootTheLimit() throws Exception {
    int threads = 8;
    int setsPerThread = 100;
    int limit = 500;
    SpecializedAgentMetrics m =
        new SpecializedAgentMetrics(MetricsOptions.builder().cardinalityLimit(limit).build());
    Concurrently.run(
        threads,
        thread -> {
          for (int i = 0; i < setsPerThread; i++) {
            m.recordMarketMakerInventory("mm_" + thread, "SYM" + i, i);
          }
        });
    assertThat(Scrape.points(m.registry(), "market_maker_inventory")).hasSize(limit);
    assertThat(rejected(m, "market_maker_inventory", "cardinality_limit"))
        .isEqualTo(threads * setsPerThread - limit);
  }

  @Test
  void limitMustBePositive() {
    assertThatThrownBy(() -> MetricsOptions.builder().cardinalityLimit(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
