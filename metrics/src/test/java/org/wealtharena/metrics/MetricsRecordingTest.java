package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;

/**
 * Writes made to a recorder's endpoints, shipped as a serialized recording and replayed into
 * serving endpoints, leave those as if the writes had been made there.
 */
class MetricsRecordingTest {

  private static final MetricsOptions STRICT = MetricsOptions.builder().strict(true).build();

  @Test
  void aReplayedRecordingOfEveryFamilyScrapesAsTheWritesMadeInPlace() throws Exception {
    MultiAgentMetrics directMultiAgent = new MultiAgentMetrics(STRICT);
    SpecializedAgentMetrics directSpecialized = new SpecializedAgentMetrics(STRICT);
    CatalogConformanceTest.recordEveryFamily(directMultiAgent);
    CatalogConformanceTest.recordEveryFamily(directSpecialized);

    MetricsRecorder recorder = new MetricsRecorder(STRICT);
    CatalogConformanceTest.recordEveryFamily(recorder.multiAgent());
    CatalogConformanceTest.recordEveryFamily(recorder.specialized());
    MetricsRecording shipped = roundTrip(recorder.recording());

    MultiAgentMetrics multiAgent = target(new MultiAgentMetrics(STRICT));
    SpecializedAgentMetrics specialized = target(new SpecializedAgentMetrics(STRICT));
    shipped.replayInto(multiAgent, specialized);

    assertThat(shipped.seriesCount()).isPositive();
    assertThat(Scrape.text(multiAgent.registry()))
        .isEqualTo(Scrape.text(directMultiAgent.registry()));
    assertThat(Scrape.text(specialized.registry()))
        .isEqualTo(Scrape.text(directSpecialized.registry()));
  }

  @Test
  void recordingsOfSeveralEpisodesAddUpAndOnlyWatchedGaugesAreKept() throws Exception {
    MultiAgentMetrics multiAgent = new MultiAgentMetrics(STRICT);
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics(STRICT);
    for (int episode = 0; episode < 3; episode++) {
      MetricsRecorder recorder = new MetricsRecorder(STRICT);
      MultiAgentMetrics endpoint =
          episode == 0 ? recorder.multiAgent() : recorder.multiAgent().unwatched();
      endpoint.recordSharedEnvSteps("hierarchical", 10 + episode);
      endpoint.recordInterAgentReward("hierarchical", 0.5 * episode);
      endpoint.recordCoordinationEfficiency("hierarchical", 0.25 + episode / 10.0);
      roundTrip(recorder.recording()).replayInto(multiAgent, specialized);
    }

    var registry = multiAgent.registry();
    assertThat(
            Scrape.value(
                registry, "shared_environment_steps_total", "coordination_type", "hierarchical"))
        .hasValue(33);
    assertThat(
            Scrape.value(
                registry, "inter_agent_reward_distribution", "coordination_type", "hierarchical"))
        .hasValue(3);
    assertThat(Scrape.text(registry))
        .contains("inter_agent_reward_distribution_sum{coordination_type=\"hierarchical\"} 1.5");
    // only the watched episode (the first) writes gauges
    assertThat(
            Scrape.value(
                registry, "agent_coordination_efficiency", "coordination_type", "hierarchical"))
        .hasValue(0.25);
  }

  private static <E extends EndpointMetrics> E target(E endpoint) {
    CatalogConformanceTest.allowLabelNamesAsValues(endpoint);
    return endpoint;
  }

  private static MetricsRecording roundTrip(MetricsRecording recording)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(recording);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (MetricsRecording) in.readObject();
    }
  }
}
