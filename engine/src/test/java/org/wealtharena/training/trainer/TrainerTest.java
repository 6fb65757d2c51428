package org.wealtharena.training.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;
import org.wealtharena.training.checkpoint.Checkpoint;
import org.wealtharena.training.checkpoint.CheckpointStore;
import org.wealtharena.training.checkpoint.ResolvedSettings;
import org.wealtharena.training.evaluation.EvaluationMetric;
import org.wealtharena.training.ppo.PpoConfig;
import org.wealtharena.training.ppo.PpoSnapshot;
import org.wealtharena.training.ppo.optim.AdamConfig;

class TrainerTest {

  private static final PpoConfig SMALL =
      PpoConfig.builder()
          .policyHiddenSizes(16, 16)
          .valueHiddenSizes(16, 16)
          .gamma(0.0)
          .optimizer(AdamConfig.defaults().withLearningRate(3e-3))
          .build();

  /** 16 decisions per episode. */
  private static final long DURATION = 16;

  private static final long STEP = 1;

  @TempDir Path directory;

  private final MultiAgentMetrics metrics =
      new MultiAgentMetrics(MetricsOptions.builder().strict(true).build());

  {
    // the bandit team's agents are of a type of their own (BanditTeam)
    metrics.allowLabelValues("agent_group", "learner");
  }

  private static TrainerSettings settings(CoordinationType coordination, int iterations) {
    return new TrainerSettings(
        "test-run", coordination, iterations, 8, 7, 0, DURATION, STEP, SMALL);
  }

  private TrainingResult train(
      TrainerSettings settings,
      TeamEpisodeRunner team,
      int threads,
      Optional<CheckpointSchedule> checkpoints,
      Optional<Checkpoint> resumeFrom)
      throws TrainingFailedException {
    Trainer trainer =
        new Trainer(settings, metrics.coordination(settings.coordination().label()), checkpoints);
    try (EpisodePool pool = new EpisodePool(threads, team)) {
      return trainer.run(pool, resumeFrom, TrainingListener.NONE);
    }
  }

  private TrainingResult train(TrainerSettings settings, int threads)
      throws TrainingFailedException {
    return train(settings, new BanditTeam(), threads, Optional.empty(), Optional.empty());
  }

  private double metric(String family, String... labels) {
    return Scrape.value(metrics.registry(), family, labels).orElseThrow();
  }

  @Test
  void trainedPolicyBeatsItsUntrainedStartOnHeldOutSeeds() throws TrainingFailedException {
    TrainerSettings settings = settings(CoordinationType.HIERARCHICAL, 25);
    TrainingResult result = train(settings, 2);

    HeldOutEvaluation evaluation = HeldOutEvaluation.heldOut(settings, 20);
    double trained;
    double untrained;
    try (EpisodePool pool = new EpisodePool(2, new BanditTeam())) {
      trained =
          evaluation
              .evaluate("trained", result.policies().meanActions(), pool)
              .toPolicyEvaluation()
              .interval(EvaluationMetric.REWARD, 0.95)
              .orElseThrow()
              .mean();
      untrained =
          evaluation
              .evaluate("untrained", result.policies().untrainedStart().meanActions(), pool)
              .toPolicyEvaluation()
              .interval(EvaluationMetric.REWARD, 0.95)
              .orElseThrow()
              .mean();
    }
    System.out.printf(
        "bandit team held-out reward: untrained %.3f, trained %.3f%n", untrained, trained);
    // acting on the context is worth about 6.7 per episode; demand most of it
    assertThat(trained).isGreaterThan(untrained + 0.6 * Math.abs(untrained));
    double[] rewards = result.meanRewardPerIteration();
    assertThat(rewards[rewards.length - 1]).isGreaterThan(rewards[0]);
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() throws TrainingFailedException {
    TrainerSettings settings = settings(CoordinationType.DECENTRALIZED, 4);
    TrainingResult one = train(settings, 1);
    TrainingResult two = train(settings, 2);

    assertThat(two.meanRewardPerIteration()).isEqualTo(one.meanRewardPerIteration());
    assertSameParameters(two.policies().snapshot(), one.policies().snapshot());
    assertThat(one.policies().snapshot()).containsOnlyKeys(BanditTeam.DECENTRALIZED_ROLES);
  }

  @Test
  void trainingAndEvaluationThroughASerializationBoundaryMatchTheInProcessPool()
      throws TrainingFailedException {
    TrainerSettings settings = settings(CoordinationType.DECENTRALIZED, 3);
    TrainingResult local = train(settings, 2);
    SerializingEngine remote = new SerializingEngine(new BanditTeam());
    TrainingResult shipped =
        new Trainer(
                settings, metrics.coordination(settings.coordination().label()), Optional.empty())
            .run(remote, Optional.empty(), TrainingListener.NONE);

    assertThat(shipped.meanRewardPerIteration()).isEqualTo(local.meanRewardPerIteration());
    assertSameParameters(shipped.policies().snapshot(), local.policies().snapshot());
    assertThat(remote.sharedBytes()).isPositive();
    assertThat(remote.resultBytes()).isPositive();

    HeldOutEvaluation evaluation = HeldOutEvaluation.heldOut(settings, 4);
    try (EpisodePool pool = new EpisodePool(2, new BanditTeam())) {
      assertThat(
              evaluation.evaluate("trained", shipped.policies().meanActions(), remote).episodes())
          .isEqualTo(
              evaluation.evaluate("trained", local.policies().meanActions(), pool).episodes());
    }
  }

  @Test
  void aResumedRunEndsExactlyWhereAnUninterruptedOneDoes() throws Exception {
    TrainingResult uninterrupted = train(settings(CoordinationType.CENTRALIZED, 6), 2);

    CheckpointSchedule schedule =
        new CheckpointSchedule(
            new CheckpointStore(directory, 3), 3, ResolvedSettings.unrecorded("fingerprint"));
    train(
        settings(CoordinationType.CENTRALIZED, 3),
        new BanditTeam(),
        2,
        Optional.of(schedule),
        Optional.empty());
    Checkpoint halfway = schedule.latest(CoordinationType.CENTRALIZED).orElseThrow();
    assertThat(halfway.iteration()).isEqualTo(3);
    TrainingResult resumed =
        train(
            settings(CoordinationType.CENTRALIZED, 6),
            new BanditTeam(),
            1,
            Optional.of(schedule),
            Optional.of(halfway));

    assertThat(resumed.firstIteration()).isEqualTo(4);
    assertThat(resumed.meanRewardPerIteration()).isEqualTo(uninterrupted.meanRewardPerIteration());
    assertSameParameters(resumed.policies().snapshot(), uninterrupted.policies().snapshot());
    assertThat(resumed.lastCheckpoint()).contains(directory.resolve("checkpoint-000006.bin"));
    assertThat(resumed.diagnostics().roles())
        .isNotEmpty()
        .containsExactlyElementsOf(uninterrupted.diagnostics().roles());
    for (String role : uninterrupted.diagnostics().roles()) {
      for (PpoDiagnostics.Statistic statistic : PpoDiagnostics.Statistic.values()) {
        double[] expected = uninterrupted.diagnostics().values(role, statistic);
        assertThat(expected).as("%s %s", role, statistic).doesNotContain(Double.NaN);
        assertThat(resumed.diagnostics().values(role, statistic))
            .as("%s %s, the checkpoint's iterations included", role, statistic)
            .containsExactly(expected);
      }
    }
  }

  @Test
  void aCorruptNewestCheckpointFallsBackToThePreviousOne() throws Exception {
    CheckpointSchedule schedule =
        new CheckpointSchedule(
            new CheckpointStore(directory, 3), 2, ResolvedSettings.unrecorded("fingerprint"));
    train(
        settings(CoordinationType.HIERARCHICAL, 4),
        new BanditTeam(),
        2,
        Optional.of(schedule),
        Optional.empty());
    Path newest = directory.resolve("checkpoint-000004.bin");
    byte[] bytes = Files.readAllBytes(newest);
    bytes[bytes.length / 2] ^= 0x10;
    Files.write(newest, bytes);

    Checkpoint fallback = schedule.latest(CoordinationType.HIERARCHICAL).orElseThrow();

    assertThat(fallback.iteration()).isEqualTo(2);
    TrainingResult uninterrupted = train(settings(CoordinationType.HIERARCHICAL, 4), 1);
    TrainingResult resumed =
        train(
            settings(CoordinationType.HIERARCHICAL, 4),
            new BanditTeam(),
            1,
            Optional.of(schedule),
            Optional.of(fallback));
    assertSameParameters(resumed.policies().snapshot(), uninterrupted.policies().snapshot());
  }

  @Test
  void aNonFiniteRewardIsCountedAndItsUpdateSkippedWhileTrainingGoesOn()
      throws TrainingFailedException {
    long poisoned = new TrainingSeeds(7, 0).trainingEpisode(2, 3);
    TrainerSettings settings = settings(CoordinationType.HIERARCHICAL, 3);

    TrainingResult result =
        train(
            settings,
            new BanditTeam(seed -> seed == poisoned, seed -> false),
            2,
            Optional.empty(),
            Optional.empty());

    assertThat(result.skippedUpdates()).isEqualTo(1);
    assertThat(Arrays.stream(result.meanRewardPerIteration()))
        .hasSize(3)
        .allMatch(Double::isFinite);
    assertThat(
            metric(
                "multi_agent_errors_total",
                "error_type",
                Trainer.NON_FINITE_UPDATE,
                "coordination_type",
                "hierarchical"))
        .isEqualTo(1);
    assertThat(
            metric(
                "multi_agent_training_runs_total",
                "status",
                "completed",
                "coordination_type",
                "hierarchical"))
        .isEqualTo(1);
    assertThat(metric("multi_agent_iterations_total", "coordination_type", "hierarchical"))
        .isEqualTo(3);
  }

  @Test
  void theLifecycleAndEveryIterationAreRecorded() throws TrainingFailedException {
    TrainingResult result = train(settings(CoordinationType.HIERARCHICAL, 2), 2);

    String[] run = {"coordination_type", "hierarchical", "run_id", "test-run"};
    assertThat(
            metric(
                "multi_agent_training_runs_total",
                "status",
                "started",
                "coordination_type",
                "hierarchical"))
        .isEqualTo(1);
    assertThat(metric("multi_agent_training_active", "coordination_type", "hierarchical")).isZero();
    assertThat(metric("multi_agent_current_iteration", run)).isEqualTo(2);
    assertThat(metric("multi_agent_episode_reward_mean", run))
        .isEqualTo(result.meanRewardPerIteration()[1]);
    assertThat(result.diagnostics().roles()).isNotEmpty();
    for (String role : result.diagnostics().roles()) {
      String[] policy = {"coordination_type", "hierarchical", "run_id", "test-run", "policy", role};
      assertThat(metric("multi_agent_approx_kl", policy))
          .isEqualTo(result.diagnostics().values(role, PpoDiagnostics.Statistic.APPROX_KL)[1]);
      assertThat(metric("multi_agent_explained_variance", policy))
          .isEqualTo(
              result.diagnostics().values(role, PpoDiagnostics.Statistic.EXPLAINED_VARIANCE)[1]);
      assertThat(metric("multi_agent_clip_fraction", policy)).isBetween(0.0, 1.0);
    }
    assertThat(
            metric(
                "multi_agent_win_rate", "coordination_type", "hierarchical", "agent_group", "all"))
        .isBetween(0.0, 1.0);
  }

  @Test
  void aFailedEpisodeIsLeftOutButARunWhoseEpisodesAllFailIsFailed() throws TrainingFailedException {
    long broken = new TrainingSeeds(7, 0).trainingEpisode(1, 0);
    TrainingResult survived =
        train(
            settings(CoordinationType.HIERARCHICAL, 2),
            new BanditTeam(seed -> false, seed -> seed == broken),
            2,
            Optional.empty(),
            Optional.empty());
    assertThat(survived.failedEpisodes()).isEqualTo(1);
    assertThat(
            metric(
                "multi_agent_errors_total",
                "error_type",
                Trainer.EPISODE_FAILED,
                "coordination_type",
                "hierarchical"))
        .isEqualTo(1);

    assertThatThrownBy(
            () ->
                train(
                    settings(CoordinationType.HIERARCHICAL, 2),
                    new BanditTeam(seed -> false, seed -> true),
                    2,
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(TrainingFailedException.class)
        .hasMessageContaining("every episode of iteration 1 failed");
    assertThat(
            metric(
                "multi_agent_training_runs_total",
                "status",
                "failed",
                "coordination_type",
                "hierarchical"))
        .isEqualTo(1);
    assertThat(metric("multi_agent_training_active", "coordination_type", "hierarchical")).isZero();
  }

  @Test
  void anInterruptedRunIsCountedAsInterruptedNotFailed() {
    Thread.currentThread().interrupt(); // as the CLI does on SIGINT/SIGTERM
    try {
      assertThatThrownBy(() -> train(settings(CoordinationType.HIERARCHICAL, 2), 1))
          .isInstanceOf(TrainingFailedException.class)
          .hasMessageContaining("interrupted before iteration 1");
    } finally {
      Thread.interrupted();
    }
    String[] type = {"coordination_type", "hierarchical"};
    assertThat(metric("multi_agent_training_runs_total", "status", "interrupted", type[0], type[1]))
        .isEqualTo(1);
    assertThat(metric("multi_agent_training_runs_total", "status", "failed", type[0], type[1]))
        .isZero();
    assertThat(metric("multi_agent_training_active", type)).isZero();
  }

  @Test
  void aCheckpointThatCannotBeWrittenFailsTheRun() throws IOException {
    Path notADirectory = Files.createFile(directory.resolve("occupied"));
    CheckpointSchedule schedule =
        new CheckpointSchedule(
            new CheckpointStore(notADirectory, 1), 1, ResolvedSettings.unrecorded("fingerprint"));

    assertThatThrownBy(
            () ->
                train(
                    settings(CoordinationType.HIERARCHICAL, 2),
                    new BanditTeam(),
                    1,
                    Optional.of(schedule),
                    Optional.empty()))
        .isInstanceOf(TrainingFailedException.class)
        .hasMessageContaining("cannot write the checkpoint of iteration 1");
    assertThat(
            metric(
                "multi_agent_training_runs_total",
                "status",
                "failed",
                "coordination_type",
                "hierarchical"))
        .isEqualTo(1);
  }

  @Test
  void heldOutSeedsAreTheSameForEveryPolicyAndNeverTrainingSeeds() throws TrainingFailedException {
    TrainerSettings settings = settings(CoordinationType.HIERARCHICAL, 1);
    HeldOutEvaluation evaluation = HeldOutEvaluation.heldOut(settings, 5);
    LearnedPolicies policies = new LearnedPolicies(SMALL, new TrainingSeeds(7, 0));
    try (EpisodePool pool = new EpisodePool(2, new BanditTeam())) {
      var first = evaluation.evaluate("a", policies.meanActions(), pool).episodes();
      var second =
          evaluation.evaluate("b", policies.untrainedStart().meanActions(), pool).episodes();
      assertThat(second).isEqualTo(first); // same seeds, same initial parameters: same episodes
      TrainingSeeds seeds = new TrainingSeeds(7, 0);
      for (var episode : first) {
        for (int iteration = 1; iteration <= 50; iteration++) {
          for (int e = 0; e < 8; e++) {
            assertThat(episode.seed()).isNotEqualTo(seeds.trainingEpisode(iteration, e));
          }
        }
      }
    }
  }

  private static void assertSameParameters(
      Map<String, PpoSnapshot> actual, Map<String, PpoSnapshot> expected) {
    assertThat(actual).containsOnlyKeys(expected.keySet());
    expected.forEach(
        (role, snapshot) -> {
          assertThat(actual.get(role).parameters()).as(role).isEqualTo(snapshot.parameters());
          assertThat(actual.get(role).optimizer().firstMoment())
              .as(role)
              .isEqualTo(snapshot.optimizer().firstMoment());
          assertThat(actual.get(role).updateCount()).as(role).isEqualTo(snapshot.updateCount());
        });
  }
}
