package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.snapshots.ClassicHistogramBucket;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;

/**
 * The coordinator's overhead per decision step, read from the run's own
 * agent_coordination_overhead_seconds histogram as Prometheus' histogram_quantile would: the
 * default team (three traders and the risk manager) under the hierarchical coordinator.
 */
class CoordinationOverheadTest {

  private static final double TARGET_MEDIAN_SECONDS = 20e-6;
  private static final int EPISODES = 4;

  @Test
  void medianOverheadPerStepOfFourAgentsIsUnderTwentyMicroseconds() {
    // Training runs hundreds of episodes, nearly all of them compiled: warm up first, then measure
    // four training-length episodes on fresh registries.
    trainingLengthEpisodes(new MultiAgentMetrics());
    MultiAgentMetrics multiAgent = new MultiAgentMetrics();
    trainingLengthEpisodes(multiAgent);

    HistogramDataPointSnapshot overhead = routingOverhead(multiAgent);
    double median = quantile(overhead, 0.5);
    System.out.printf(Locale.ROOT, "coordination overhead per step over %d steps: median %.1f us, p99 %.1f us%n",
        overhead.getCount(), median * 1e6, quantile(overhead, 0.99) * 1e6);
    assertThat(overhead.getCount()).isEqualTo(EPISODES * 1800);
    assertThat(median).isLessThan(TARGET_MEDIAN_SECONDS);
  }

  private static void trainingLengthEpisodes(MultiAgentMetrics multiAgent) {
    TeamSimulation.run(MarketConfig.defaultMarket(), CoordinationType.HIERARCHICAL, 42, 30 * SimulationClock.MINUTE,
        EPISODES, 1, multiAgent, new SpecializedAgentMetrics());
  }

  private static HistogramDataPointSnapshot routingOverhead(MultiAgentMetrics multiAgent) {
    Labels routing = Labels.of("coordination_type", "hierarchical", "method", "routing");
    for (DataPointSnapshot point : Scrape.points(multiAgent.registry(), "agent_coordination_overhead_seconds")) {
      if (point.getLabels().equals(routing)) {
        return (HistogramDataPointSnapshot) point;
      }
    }
    throw new AssertionError("no routing overhead series");
  }

  /** histogram_quantile: linear interpolation inside the bucket the rank falls in. */
  static double quantile(HistogramDataPointSnapshot histogram, double q) {
    double rank = q * histogram.getCount();
    double lowerBound = 0;
    long below = 0;
    for (ClassicHistogramBucket bucket : histogram.getClassicBuckets()) {
      long cumulative = below + bucket.getCount();
      if (cumulative >= rank) {
        if (Double.isInfinite(bucket.getUpperBound())) {
          return lowerBound; // Prometheus answers the highest finite bound
        }
        return lowerBound + (bucket.getUpperBound() - lowerBound) * (rank - below) / bucket.getCount();
      }
      below = cumulative;
      lowerBound = bucket.getUpperBound();
    }
    return lowerBound;
  }
}
