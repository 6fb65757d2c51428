package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;

/**
 * The unwatched view of an endpoint: the parallel episodes nobody watches count into the shared
 * counters and histograms, but their gauge writes never reach the watched world's gauges.
 */
class UnwatchedViewTest {

  @Test
  void gaugesWrittenThroughTheViewAreDroppedWhileCountersAndHistogramsAddUp() {
    SpecializedAgentMetrics watched = new SpecializedAgentMetrics();
    SpecializedAgentMetrics unwatched = watched.unwatched();
    MarketMakerMetrics watchedMm = watched.marketMaker("mm_1", "AAPL");
    MarketMakerMetrics unwatchedMm = unwatched.marketMaker("mm_1", "AAPL");

    watchedMm.inventory(-300);
    unwatchedMm.inventory(192);
    unwatched.recordMarketMakerInventory("mm_1", "AAPL", 77);
    unwatchedMm.quotes(QuoteSide.BID, 4);
    watchedMm.quotes(QuoteSide.BID, 1);
    unwatchedMm.quoteLatency(2e-6);
    unwatched.recordMarketMakerPnl("mm_2", "MSFT", 5);

    PrometheusRegistry r = watched.registry();
    assertThat(unwatched.registry()).isSameAs(r);
    assertThat(Scrape.value(r, "market_maker_inventory", "agent_id", "mm_1", "symbol", "AAPL"))
        .hasValue(-300.0);
    assertThat(
            Scrape.value(
                r,
                "market_maker_quotes_total",
                "agent_id",
                "mm_1",
                "side",
                "bid",
                "symbol",
                "AAPL"))
        .hasValue(5.0);
    assertThat(Scrape.value(r, "market_maker_quote_latency_seconds", "agent_id", "mm_1"))
        .hasValue(1.0);
    // a gauge only the unwatched view wrote does not appear at all
    assertThat(Scrape.value(r, "market_maker_pnl", "agent_id", "mm_2", "symbol", "MSFT")).isEmpty();
  }

  @Test
  void viewChecksValuesAndRegistersNothing() {
    MultiAgentMetrics watched = new MultiAgentMetrics();
    int families = watched.registry().scrape().size();
    MultiAgentMetrics unwatched = watched.unwatched();
    assertThat(unwatched.dropsGauges()).isTrue();
    assertThat(watched.dropsGauges()).isFalse();
    assertThat(unwatched.unwatched()).isSameAs(unwatched);
    assertThat(watched.registry().scrape().size()).isEqualTo(families);

    unwatched.coordination("hierarchical").efficiency(1.5);
    assertThat(RejectionTest.rejected(watched, "agent_coordination_efficiency", "out_of_range"))
        .isEqualTo(1.0);
    assertThat(
            Scrape.value(
                watched.registry(),
                "agent_coordination_efficiency",
                "coordination_type",
                "hierarchical"))
        .isEmpty();
  }

  @Test
  void strictViewStillThrowsOnABadGaugeValue() {
    SpecializedAgentMetrics unwatched =
        new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build()).unwatched();
    assertThatThrownBy(() -> unwatched.recordMarketMakerFillRate("mm_1", "AAPL", 7))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
