package org.wealtharena.metrics;

import java.io.Serializable;
import java.util.List;

/**
 * What a {@link MetricsRecorder}'s endpoints recorded, serializable so that it can travel from
 * where the work ran to the endpoints that serve: every series made (counters and histograms appear
 * at zero as they would have) and its writes, per endpoint.
 */
public final class MetricsRecording implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<RecordedSeries> multiAgent;
  private final List<RecordedSeries> specialized;

  MetricsRecording(List<RecordedSeries> multiAgent, List<RecordedSeries> specialized) {
    this.multiAgent = List.copyOf(multiAgent);
    this.specialized = List.copyOf(specialized);
  }

  /**
   * Applies the recorded writes to these endpoints, as if they had been made there: counters and
   * histograms add up, gauges take the recorded value. Samples the recording endpoints rejected
   * were never recorded.
   */
  public void replayInto(MultiAgentMetrics multiAgentTarget, SpecializedAgentMetrics target) {
    replay(multiAgent, multiAgentTarget);
    replay(specialized, target);
  }

  /** Number of series recorded, both endpoints together. */
  public int seriesCount() {
    return multiAgent.size() + specialized.size();
  }

  private static void replay(List<RecordedSeries> series, EndpointMetrics target) {
    for (RecordedSeries recorded : series) {
      recorded.replayInto(target.families.family(recorded.family));
    }
  }
}
