package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Catalog;
import org.wealtharena.metrics.testing.Scrape;

/**
 * A user's own {@link PrometheusRegistry} (Spring Boot's, or one for both endpoints) takes the
 * endpoints' families beside whatever it already holds, and rejections stay counted.
 */
class OwnRegistryTest {

  @Test
  void bothEndpointsRecordIntoTheUsersRegistryBesideItsOwnMetrics() {
    PrometheusRegistry registry = new PrometheusRegistry();
    Counter own = Counter.builder().name("my_app_requests_total").register(registry);
    own.inc();

    var multiAgent = new MultiAgentMetrics(registry);
    var specialized = new SpecializedAgentMetrics(registry);
    CatalogConformanceTest.recordEveryFamily(multiAgent);
    CatalogConformanceTest.recordEveryFamily(specialized);

    assertThat(multiAgent.registry()).isSameAs(registry);
    assertThat(specialized.registry()).isSameAs(registry);
    List<String> exposed = registry.scrape().stream().map(OwnRegistryTest::catalogName).toList();
    assertThat(exposed)
        .contains("my_app_requests_total")
        .containsAll(Catalog.MULTI_AGENT.keySet())
        .containsAll(Catalog.SPECIALIZED.keySet());
  }

  @Test
  void endpointsSharingARegistryCountTheirRejectionsInOneFamily() {
    PrometheusRegistry registry = new PrometheusRegistry();
    var multiAgent = new MultiAgentMetrics(registry);
    var specialized = new SpecializedAgentMetrics(registry);

    multiAgent.recordCoordinationEfficiency("hierarchical", 1.5);
    specialized.recordMarketMakerFillRate("mm_1", "AAPL", Double.NaN);

    assertThat(
            Scrape.value(
                registry,
                SampleValidator.REJECTED_FAMILY,
                "family",
                "agent_coordination_efficiency",
                "reason",
                "out_of_range"))
        .hasValue(1.0);
    assertThat(
            Scrape.value(
                registry,
                SampleValidator.REJECTED_FAMILY,
                "family",
                "market_maker_fill_rate",
                "reason",
                "not_finite"))
        .hasValue(1.0);
    assertThat(Scrape.value(registry, "agent_coordination_efficiency", "coordination_type", "x"))
        .isEmpty();
  }

  @Test
  void theSameEndpointTwiceInOneRegistryIsRefusedNamingTheFamily() {
    PrometheusRegistry registry = new PrometheusRegistry();
    new SpecializedAgentMetrics(registry);

    assertThatThrownBy(() -> new SpecializedAgentMetrics(registry))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("market_maker_spread");
  }

  @Test
  void theDefaultConstructorsKeepARegistryPerEndpoint() {
    var multiAgent = new MultiAgentMetrics();
    var specialized = new SpecializedAgentMetrics();

    assertThat(multiAgent.registry()).isNotSameAs(specialized.registry());
    assertThat(multiAgent.registry().scrape().stream().map(OwnRegistryTest::catalogName))
        .doesNotContainAnyElementsOf(Catalog.SPECIALIZED.keySet());
  }

  /** The name as exposed: counters with their _total suffix, as the catalog writes them. */
  private static String catalogName(MetricSnapshot snapshot) {
    String name = snapshot.getMetadata().getPrometheusName();
    return snapshot instanceof CounterSnapshot ? name + "_total" : name;
  }
}
