package org.wealtharena.training.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.training.baseline.BestConstantBaseline;
import org.wealtharena.training.baseline.ConstantActionSearch;
import org.wealtharena.training.ppo.PpoConfig;
import org.wealtharena.training.trainer.EpisodeEngine;
import org.wealtharena.training.trainer.EpisodePool;
import org.wealtharena.training.trainer.HeldOutEvaluation;
import org.wealtharena.training.trainer.Trainer;
import org.wealtharena.training.trainer.TrainerSettings;
import org.wealtharena.training.trainer.TrainingListener;
import org.wealtharena.training.trainer.TrainingResult;

/**
 * Episodes of the real team run as a cluster runs them (environment, batch and task serialized,
 * each episode on recording endpoints, its outcome and recording serialized back and replayed in
 * episode order) train exactly as in the pool, and leave the serving endpoints with the same
 * series, counts and counter values.
 */
class RecordedEpisodesTest {

  private static final MetricsOptions STRICT = MetricsOptions.builder().strict(true).build();

  /** The default team on the default market, as built where episodes run. */
  private static final EpisodeEnvironment ENVIRONMENT =
      (multiAgent, specialized) ->
          new TeamEnvironment(
              MarketConfig.defaultMarket(), TeamConfig.defaults(), multiAgent, specialized);

  /** A remote engine in one process: everything that would travel goes through serialization. */
  private record RecordingEngine(
      EpisodeEnvironment environment, MultiAgentMetrics multiAgent, SpecializedAgentMetrics sp)
      implements EpisodeEngine {
    @Override
    public <S, T> List<EpisodePool.Outcome<T>> runAll(S shared, int count, EpisodeTask<S, T> task) {
      S received = copy(shared);
      EpisodeTask<S, T> receivedTask = copy(task);
      EpisodeEnvironment there = copy(environment);
      List<RecordedOutcome<T>> recorded = new ArrayList<>();
      for (int episode = 0; episode < count; episode++) {
        recorded.add(copy(RecordedOutcome.run(there, STRICT, received, episode, receivedTask)));
      }
      List<EpisodePool.Outcome<T>> outcomes = new ArrayList<>();
      for (RecordedOutcome<T> outcome : recorded) {
        outcomes.add(outcome.replayInto(multiAgent, sp));
      }
      return outcomes;
    }

    @Override
    public void close() {}
  }

  @Test
  void recordedEpisodesTrainAndRecordAsThePoolDoes() throws Exception {
    TrainerSettings settings =
        new TrainerSettings(
            "recorded",
            CoordinationType.HIERARCHICAL,
            2,
            3,
            11,
            0,
            300 * SimulationClock.SECOND,
            SimulationClock.SECOND,
            PpoConfig.builder().build());

    MultiAgentMetrics localMultiAgent = new MultiAgentMetrics(STRICT);
    SpecializedAgentMetrics localSpecialized = new SpecializedAgentMetrics(STRICT);
    TrainingResult local;
    HeldOutEvaluation.Result localEvaluation;
    try (EpisodePool pool =
        new EpisodePool(2, ENVIRONMENT.runner(localMultiAgent, localSpecialized))) {
      local = train(settings, localMultiAgent, pool);
      localEvaluation =
          HeldOutEvaluation.heldOut(settings, 2)
              .evaluate("trained", local.policies().meanActions(), pool, true);
    }

    MultiAgentMetrics multiAgent = new MultiAgentMetrics(STRICT);
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics(STRICT);
    RecordingEngine engine = new RecordingEngine(ENVIRONMENT, multiAgent, specialized);
    TrainingResult remote = train(settings, multiAgent, engine);
    HeldOutEvaluation.Result remoteEvaluation =
        HeldOutEvaluation.heldOut(settings, 2)
            .evaluate("trained", remote.policies().meanActions(), engine, true);

    assertThat(remote.meanRewardPerIteration()).isEqualTo(local.meanRewardPerIteration());
    assertThat(remoteEvaluation.episodes()).isEqualTo(localEvaluation.episodes());
    assertThat(remoteEvaluation.alonePnlDollars()).isEqualTo(localEvaluation.alonePnlDollars());
    assertThat(counts(multiAgent)).isEqualTo(counts(localMultiAgent)).isNotEmpty();
    assertThat(counts(specialized)).isEqualTo(counts(localSpecialized)).isNotEmpty();
  }

  @Test
  void bestConstantSearchRunsRecordedAsInThePool() throws Exception {
    ConstantActionSearch.Settings small = new ConstantActionSearch.Settings(4, 1, 0.5, 3, 0.1, 5);
    BestConstantBaseline.EpisodeSpecs episode =
        seed ->
            new TeamEpisodeSpec(
                CoordinationType.HIERARCHICAL,
                seed,
                60 * SimulationClock.SECOND,
                SimulationClock.SECOND,
                false);
    ConstantActionSearch.EpisodeSeeds seeds = (generation, e) -> 100L * generation + e;

    // a session binds the type before any search (training does); replay makes no gauge of its own
    MultiAgentMetrics localMultiAgent = new MultiAgentMetrics(STRICT);
    localMultiAgent.coordination("hierarchical");
    SpecializedAgentMetrics localSpecialized = new SpecializedAgentMetrics(STRICT);
    BestConstantBaseline.Found local;
    try (EpisodePool pool =
        new EpisodePool(2, ENVIRONMENT.runner(localMultiAgent, localSpecialized))) {
      local = BestConstantBaseline.search(pool, episode, 8, small, 3, seeds);
    }
    MultiAgentMetrics multiAgent = new MultiAgentMetrics(STRICT);
    multiAgent.coordination("hierarchical");
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics(STRICT);
    BestConstantBaseline.Found remote =
        BestConstantBaseline.search(
            new RecordingEngine(ENVIRONMENT, multiAgent, specialized), episode, 8, small, 3, seeds);

    assertThat(remote.roles()).isEqualTo(local.roles()).isNotEmpty();
    assertThat(remote.search().episodesUsed()).isEqualTo(8);
    assertThat(remote.search().action()).containsExactly(local.search().action());
    assertThat(remote.search().meanScorePerGeneration())
        .containsExactly(local.search().meanScorePerGeneration());
    assertThat(counts(multiAgent)).isEqualTo(counts(localMultiAgent)).isNotEmpty();
    assertThat(counts(specialized)).isEqualTo(counts(localSpecialized)).isNotEmpty();
  }

  private static TrainingResult train(
      TrainerSettings settings, MultiAgentMetrics metrics, EpisodeEngine engine) throws Exception {
    return new Trainer(settings, metrics.coordination("hierarchical"), Optional.empty())
        .run(engine, Optional.empty(), TrainingListener.NONE);
  }

  /**
   * Every series by name and labels: a counter's value, a histogram's count, a gauge's presence
   * (gauge values include wall-clock figures, and the watched episode's are checked elsewhere).
   */
  private static TreeMap<String, Double> counts(org.wealtharena.metrics.EndpointMetrics endpoint) {
    TreeMap<String, Double> counts = new TreeMap<>();
    for (MetricSnapshot snapshot : endpoint.registry().scrape()) {
      for (DataPointSnapshot point : snapshot.getDataPoints()) {
        String key = snapshot.getMetadata().getName() + point.getLabels();
        if (point instanceof CounterSnapshot.CounterDataPointSnapshot counter) {
          counts.put(key, counter.getValue());
        } else if (point instanceof HistogramSnapshot.HistogramDataPointSnapshot histogram) {
          counts.put(key, (double) histogram.getCount());
        } else {
          counts.put(key, 0.0);
        }
      }
    }
    return counts;
  }

  @SuppressWarnings("unchecked")
  private static <V> V copy(V value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (V) in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
