package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;

class HistogramOptionsTest {

  @Test
  void histogramsAreClassicOnlyByDefault() {
    HistogramDataPointSnapshot point = observeOnce(MetricsOptions.defaults());
    assertThat(point.hasNativeHistogramData()).isFalse();
    assertThat(point.getClassicBuckets().size()).isEqualTo(Buckets.inProcessSeconds().length + 1);
  }

  @Test
  void nativeHistogramsCanBeTurnedOnBesideClassicBuckets() {
    HistogramDataPointSnapshot point =
        observeOnce(MetricsOptions.builder().nativeHistograms(true).build());
    assertThat(point.hasNativeHistogramData()).isTrue();
    assertThat(point.getClassicBuckets().size()).isEqualTo(Buckets.inProcessSeconds().length + 1);
  }

  private static HistogramDataPointSnapshot observeOnce(MetricsOptions options) {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics(options);
    m.recordRiskCheckLatency("risk_1", "order_rate", 7e-6);
    return (HistogramDataPointSnapshot)
        Scrape.points(m.registry(), "risk_check_latency_seconds").get(0);
  }
}
