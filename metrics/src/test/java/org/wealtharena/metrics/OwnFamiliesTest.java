package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealtharena.metrics.RejectionTest.rejected;

import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;

/** A user's own families get the catalog families' rules. */
class OwnFamiliesTest {

  @Test
  void ownCounterWithAnEnumeratedLabelOfItsOwn() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    m.allowLabelValues("venue", "nyse", "nasdaq");
    CounterFamily orders =
        m.defineCounter("my_agent_orders_total", "Orders sent, by venue", "agent_id", "venue");

    orders.inc("mm_1", "nyse");
    orders.inc(2, "mm_1", "nasdaq");
    orders.inc("mm_1", "lse"); // not registered
    orders.inc(-1, "mm_1", "nyse"); // a counter does not go down
    orders.bind("mm_2", "nyse").inc();

    assertThat(
            Scrape.value(
                m.registry(), "my_agent_orders_total", "agent_id", "mm_1", "venue", "nasdaq"))
        .hasValue(2.0);
    assertThat(
            Scrape.value(
                m.registry(), "my_agent_orders_total", "agent_id", "mm_2", "venue", "nyse"))
        .hasValue(1.0);
    assertThat(rejected(m, "my_agent_orders_total", "unknown_value")).isEqualTo(1.0);
    assertThat(rejected(m, "my_agent_orders_total", "negative")).isEqualTo(1.0);
    assertThat(orders.labelNames()).containsExactly("agent_id", "venue");
  }

  @Test
  void ownGaugeAndHistogramCheckTheirDomainAndShareCatalogVocabularies() {
    MultiAgentMetrics m = new MultiAgentMetrics();
    GaugeFamily hitRatio =
        m.defineGauge(
            "my_cache_hit_ratio",
            "Cache hits / lookups (ratio 0..1)",
            ValueDomain.RATIO,
            "coordination_type");
    HistogramFamily planning =
        m.defineHistogram(
            "my_planning_seconds",
            "Time in seconds to plan",
            ValueDomain.NON_NEGATIVE,
            Buckets.seconds(),
            "coordination_type");

    hitRatio.set(0.8, "hierarchical");
    hitRatio.set(80, "hierarchical"); // percent by mistake
    hitRatio.set(0.5, "meta_allocation"); // a method where a coordination type belongs
    planning.observe(2e-4, "centralized");
    planning.observe(Double.NaN, "centralized");

    assertThat(
            Scrape.value(m.registry(), "my_cache_hit_ratio", "coordination_type", "hierarchical"))
        .hasValue(0.8);
    assertThat(rejected(m, "my_cache_hit_ratio", "out_of_range")).isEqualTo(1.0);
    assertThat(rejected(m, "my_cache_hit_ratio", "unknown_value")).isEqualTo(1.0);
    assertThat(
            Scrape.value(m.registry(), "my_planning_seconds", "coordination_type", "centralized"))
        .hasValue(1.0);
    assertThat(rejected(m, "my_planning_seconds", "not_finite")).isEqualTo(1.0);
  }

  @Test
  void ownFamiliesHaveTheCardinalityLimitAndLabelLengthLimit() {
    SpecializedAgentMetrics m =
        new SpecializedAgentMetrics(MetricsOptions.builder().cardinalityLimit(2).build());
    GaugeFamily g = m.defineGauge("my_gauge", "A gauge", ValueDomain.FINITE, "agent_id");
    g.set(1, "a");
    g.set(1, "b");
    g.set(1, "c");
    g.set(1, "d".repeat(2_000));
    assertThat(rejected(m, "my_gauge", "cardinality_limit")).isEqualTo(1.0);
    assertThat(rejected(m, "my_gauge", "label_too_long")).isEqualTo(1.0);
  }

  @Test
  void theWrongNumberOfLabelValuesIsAProgrammingErrorAndACatalogNameIsTaken() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    CounterFamily c = m.defineCounter("my_events_total", "Events", "agent_id", "kind");
    assertThatThrownBy(() -> c.inc("only_one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes 2 label values");
    assertThatThrownBy(() -> m.defineCounter("market_maker_quotes_total", "again", "agent_id"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
