package org.wealtharena.training.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeResult;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.policy.NeutralPolicies;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.training.ppo.PpoConfig;

/**
 * Disjoint seeds: the training, held-out and out-of-distribution markets of the runs of a
 * multi-seed experiment never coincide, neither within a run nor across runs.
 */
class TrainingSeedsTest {

  private static final int RUNS = 3;
  private static final int ITERATIONS = 3;
  private static final int EPISODES = 4;

  /** The seeds the episodes it ran were given, whatever thread ran them. */
  private static final class SeedRecorder implements TeamEpisodeRunner {
    private final BanditTeam team = new BanditTeam();
    final Set<Long> seeds = Collections.synchronizedSet(new HashSet<>());

    @Override
    public TeamEpisodeResult run(TeamEpisodeSpec spec, AllocationPolicies policies) {
      seeds.add(spec.seed());
      return team.run(spec, policies);
    }
  }

  @Test
  void theSeedsRunsActuallyTrainAndAreEvaluatedOnNeverOverlap() throws TrainingFailedException {
    MultiAgentMetrics metrics = new MultiAgentMetrics(MetricsOptions.builder().build());
    metrics.allowLabelValues("agent_group", "learner");
    List<Set<Long>> sets = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      TrainerSettings settings =
          new TrainerSettings(
              "run-" + run,
              CoordinationType.HIERARCHICAL,
              ITERATIONS,
              EPISODES,
              11,
              run,
              4,
              1,
              PpoConfig.builder().policyHiddenSizes(4).valueHiddenSizes(4).build());
      SeedRecorder training = new SeedRecorder();
      SeedRecorder heldOut = new SeedRecorder();
      SeedRecorder outOfDistribution = new SeedRecorder();
      try (EpisodePool trainingPool = new EpisodePool(2, training);
          EpisodePool heldOutPool = new EpisodePool(2, heldOut);
          EpisodePool outOfDistributionPool = new EpisodePool(2, outOfDistribution)) {
        new Trainer(settings, metrics.coordination("hierarchical"), Optional.empty())
            .run(trainingPool, Optional.empty(), TrainingListener.NONE);
        HeldOutEvaluation.heldOut(settings, EPISODES)
            .evaluate("a", new NeutralPolicies(), heldOutPool);
        HeldOutEvaluation.outOfDistribution(settings, EPISODES)
            .evaluate("a", new NeutralPolicies(), outOfDistributionPool);
      }

      assertThat(training.seeds).hasSize(ITERATIONS * EPISODES);
      assertThat(heldOut.seeds).hasSize(EPISODES);
      assertThat(outOfDistribution.seeds).hasSize(EPISODES);
      sets.add(training.seeds);
      sets.add(heldOut.seeds);
      sets.add(outOfDistribution.seeds);
    }
    for (int i = 0; i < sets.size(); i++) {
      for (int j = i + 1; j < sets.size(); j++) {
        assertThat(sets.get(i))
            .as("seed sets %d and %d", i, j)
            .doesNotContainAnyElementsOf(sets.get(j));
      }
    }
  }

  @Property
  void seedsOfDifferentStreamsOrRunsNeverCoincide(
      @ForAll long master,
      @ForAll @IntRange(min = 0, max = TrainingSeeds.MAX_RUNS - 1) int run,
      @ForAll @IntRange(min = 0, max = TrainingSeeds.MAX_RUNS - 1) int otherRun,
      @ForAll @IntRange(min = 1, max = 10_000) int iteration,
      @ForAll @IntRange(min = 0, max = 10_000) int episode,
      @ForAll @IntRange(min = 0, max = 10_000) int otherEpisode) {
    TrainingSeeds mine = new TrainingSeeds(master, run);
    TrainingSeeds theirs = new TrainingSeeds(master, otherRun);
    long training = mine.trainingEpisode(iteration, episode);
    long evaluation = mine.evaluationEpisode(episode);
    long outOfDistribution = mine.outOfDistributionEpisode(episode);

    assertThat(TrainingSeeds.Stream.of(training)).isEqualTo(TrainingSeeds.Stream.TRAINING);
    assertThat(TrainingSeeds.Stream.of(evaluation)).isEqualTo(TrainingSeeds.Stream.EVALUATION);
    assertThat(TrainingSeeds.Stream.of(outOfDistribution))
        .isEqualTo(TrainingSeeds.Stream.OUT_OF_DISTRIBUTION);
    assertThat(TrainingSeeds.runOf(training)).isEqualTo(run);
    assertThat(TrainingSeeds.runOf(evaluation)).isEqualTo(run);
    assertThat(TrainingSeeds.runOf(outOfDistribution)).isEqualTo(run);

    // no evaluation market of any run is a training market of any run
    assertThat(theirs.evaluationEpisode(otherEpisode)).isNotEqualTo(training);
    assertThat(theirs.outOfDistributionEpisode(otherEpisode))
        .isNotEqualTo(training)
        .isNotEqualTo(evaluation);
    if (run != otherRun) {
      assertThat(theirs.trainingEpisode(iteration, otherEpisode)).isNotEqualTo(training);
      assertThat(theirs.evaluationEpisode(otherEpisode)).isNotEqualTo(evaluation);
      assertThat(theirs.outOfDistributionEpisode(otherEpisode)).isNotEqualTo(outOfDistribution);
    }
  }
}
