package org.wealtharena.training.ppo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wealtharena.training.ppo.optim.AdamConfig;
import org.wealtharena.training.ppo.optim.AdamState;

class PpoAgentTest {

  private static final PpoConfig CONFIG =
      PpoConfig.builder()
          .policyHiddenSizes(8)
          .valueHiddenSizes(8)
          .initialLogStd(0) // standard deviation 1, the entropy below
          .epochs(3)
          .minibatchSize(16)
          .build();

  /** Steps of a toy task into the agent's buffer; episodes of 5 steps, reward -(a - x)^2. */
  private static void collect(PpoAgent agent, SplittableRandom rng, int steps, double nanRewardAt) {
    for (int t = 0; t < steps; t++) {
      double[] observation = {rng.nextDouble(-1, 1), rng.nextDouble(-1, 1)};
      ActionSample sample = agent.act(observation, rng);
      double reward =
          t == nanRewardAt ? Double.NaN : -Math.pow(sample.action()[0] - observation[0], 2);
      agent.record(observation, sample, reward, t % 5 == 4 || t == steps - 1);
    }
  }

  @Test
  void updateChangesParametersAndReportsStatistics() {
    PpoAgent agent = new PpoAgent(2, 1, CONFIG, 1);
    double[] before = agent.parameters();
    collect(agent, new SplittableRandom(2), 64, -1);
    UpdateResult result = agent.update();

    assertThat(result.skipped()).isFalse();
    assertThat(result.skipReason()).isEmpty();
    assertThat(result.gradientSteps()).isPositive();
    assertThat(result.entropy()).isCloseTo(0.5 * Math.log(2 * Math.PI * Math.E), within(0.05));
    assertThat(result.approxKl()).isFinite().isNotNegative();
    assertThat(result.clipFraction()).isBetween(0.0, 1.0);
    assertThat(agent.parameters()).isNotEqualTo(before);
    assertThat(agent.buffer().isEmpty()).isTrue();
    assertThat(agent.updateCount()).isEqualTo(1);
  }

  @Test
  void approximateKlAboveTheTargetStopsTheUpdate() {
    PpoAgent agent = new PpoAgent(2, 1, CONFIG.toBuilder().targetKl(1e-9).build(), 2);
    collect(agent, new SplittableRandom(3), 64, -1);
    UpdateResult result = agent.update();
    // the first minibatch meets the rollout policy itself (KL exactly 0) and is applied; the
    // second already sees a moved policy and stops the update
    assertThat(result.stoppedOnKl()).isTrue();
    assertThat(result.gradientSteps()).isEqualTo(1);
    assertThat(result.epochsCompleted()).isZero();

    PpoAgent unlimited =
        new PpoAgent(2, 1, CONFIG.toBuilder().targetKl(Double.POSITIVE_INFINITY).build(), 2);
    collect(unlimited, new SplittableRandom(3), 64, -1);
    UpdateResult full = unlimited.update();
    assertThat(full.stoppedOnKl()).isFalse();
    assertThat(full.epochsCompleted()).isEqualTo(3);
    assertThat(full.gradientSteps()).isEqualTo(3 * 4);
  }

  @Test
  void nanRewardSkipsTheUpdateAndLeavesEverythingUntouched() {
    PpoAgent agent = new PpoAgent(2, 1, CONFIG, 3);
    SplittableRandom rng = new SplittableRandom(4);
    collect(agent, rng, 40, -1);
    agent.update(); // so the optimiser state is not trivially zero
    double[] before = agent.parameters();
    AdamState optimizerBefore = agent.snapshot().optimizer();

    collect(agent, rng, 40, 17);
    UpdateResult result = agent.update();

    assertThat(result.skipped()).isTrue();
    assertThat(result.skipReason()).contains("reward at step 17 is NaN");
    assertThat(result.policyLoss()).isNaN();
    assertThat(agent.parameters()).containsExactly(before);
    AdamState optimizerAfter = agent.snapshot().optimizer();
    assertThat(optimizerAfter.step()).isEqualTo(optimizerBefore.step());
    assertThat(optimizerAfter.firstMoment()).containsExactly(optimizerBefore.firstMoment());
    assertThat(optimizerAfter.secondMoment()).containsExactly(optimizerBefore.secondMoment());
  }

  @Test
  void nonFiniteLossSkipsTheUpdateAndRestoresParameters() {
    PpoAgent agent = new PpoAgent(2, 1, CONFIG, 5);
    double[] before = agent.parameters();
    SplittableRandom rng = new SplittableRandom(6);
    for (int t = 0; t < 32; t++) {
      double[] observation = {rng.nextDouble(), rng.nextDouble()};
      // finite rewards whose squared value error overflows to infinity
      agent.record(observation, agent.act(observation, rng), 1e200, true);
    }
    UpdateResult result = agent.update();

    assertThat(result.skipped()).isTrue();
    assertThat(result.skipReason()).contains("loss is Infinity");
    assertThat(agent.parameters()).containsExactly(before);
  }

  @Test
  void blowUpAfterSomeStepsRollsBackTheStepsAlreadyTaken() {
    // an absurd learning rate: the first Adam step moves parameters by ~1e300, the next
    // minibatch's loss is no longer finite
    PpoConfig reckless =
        CONFIG.toBuilder()
            .optimizer(
                AdamConfig.defaults()
                    .withLearningRate(1e300)
                    .withMaxGradNorm(Double.POSITIVE_INFINITY))
            .targetKl(Double.POSITIVE_INFINITY)
            .build();
    PpoAgent agent = new PpoAgent(2, 1, reckless, 8);
    double[] before = agent.parameters();
    collect(agent, new SplittableRandom(9), 64, -1);
    UpdateResult result = agent.update();

    assertThat(result.skipped()).isTrue();
    assertThat(result.skipReason()).contains("epoch 0, minibatch starting at 16");
    assertThat(agent.parameters()).containsExactly(before);
    assertThat(agent.snapshot().optimizer().step()).isZero();
  }

  @Test
  void sameSeedAndDataGiveBitIdenticalParameters() {
    PpoAgent first = new PpoAgent(2, 1, CONFIG, 7);
    PpoAgent second = new PpoAgent(2, 1, CONFIG, 7);
    for (int round = 0; round < 3; round++) {
      collect(first, new SplittableRandom(round), 48, -1);
      collect(second, new SplittableRandom(round), 48, -1);
      first.update();
      second.update();
    }
    assertThat(second.parameters()).containsExactly(first.parameters());
  }

  @Test
  void snapshotRestoreRoundTripGivesBitIdenticalSubsequentUpdates() {
    PpoAgent original = new PpoAgent(2, 1, CONFIG, 11);
    collect(original, new SplittableRandom(1), 48, -1);
    original.update();
    PpoSnapshot snapshot = original.snapshot();

    PpoAgent restored =
        new PpoAgent(2, 1, CONFIG, 999); // different seed: everything must come from the snapshot
    restored.restore(snapshot);
    assertThat(restored.parameters()).containsExactly(original.parameters());
    for (int round = 2; round < 5; round++) {
      collect(original, new SplittableRandom(round), 48, -1);
      collect(restored, new SplittableRandom(round), 48, -1);
      UpdateResult a = original.update();
      UpdateResult b = restored.update();
      assertThat(b).isEqualTo(a);
    }
    assertThat(restored.parameters()).containsExactly(original.parameters());
    assertThat(restored.snapshot().optimizer().secondMoment())
        .containsExactly(original.snapshot().optimizer().secondMoment());
  }

  @Test
  void snapshotIsACopy() {
    PpoAgent agent = new PpoAgent(2, 1, CONFIG, 12);
    PpoSnapshot snapshot = agent.snapshot();
    collect(agent, new SplittableRandom(1), 20, -1);
    agent.update();
    assertThat(snapshot.parameters()).isNotEqualTo(agent.parameters());
    agent.restore(snapshot);
    assertThat(agent.parameters()).containsExactly(snapshot.parameters());
  }

  @Test
  void midEpisodeUpdateNeedsTheNextObservation() {
    PpoAgent agent = new PpoAgent(2, 1, CONFIG, 13);
    SplittableRandom rng = new SplittableRandom(1);
    double[] observation = {0.1, 0.2};
    agent.record(observation, agent.act(observation, rng), 1.0, false);
    assertThatThrownBy(agent::update)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("update(nextObservation)");
    assertThat(agent.buffer().size()).isEqualTo(1); // kept, so the caller can still bootstrap
    assertThat(agent.update(new double[] {0.3, 0.4}).skipped()).isFalse();
    assertThatThrownBy(agent::update)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void actorsActLikeTheAgentOnItsLiveParameters() {
    PpoAgent agent = new PpoAgent(2, 1, CONFIG, 15);
    PolicyActor actor = agent.newActor();
    double[] observation = {0.3, -0.6};
    ActionSample fromAgent = agent.act(observation, new SplittableRandom(77));
    ActionSample fromActor = actor.act(observation, new SplittableRandom(77));
    assertThat(fromActor.action()).containsExactly(fromAgent.action());
    assertThat(fromActor.logProb()).isEqualTo(fromAgent.logProb());
    assertThat(fromActor.value()).isEqualTo(fromAgent.value());

    collect(agent, new SplittableRandom(1), 40, -1);
    agent.update();
    assertThat(actor.meanAction(observation)).containsExactly(agent.meanAction(observation));
    assertThat(actor.value(observation))
        .isEqualTo(agent.value(observation))
        .isNotEqualTo(fromAgent.value());
  }

  @Test
  void badInputsAreRejectedWithWhatIsWrong() {
    PpoAgent agent = new PpoAgent(2, 1, CONFIG, 14);
    SplittableRandom rng = new SplittableRandom(1);
    assertThatThrownBy(() -> agent.act(new double[] {0.1, Double.NaN}, rng))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("observation[1] is NaN");
    assertThatThrownBy(() -> agent.act(new double[3], rng))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("observation has length 3, expected 2");
    assertThatThrownBy(() -> agent.buffer().add(new double[2], new double[2], 0, 0, 0, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action has length 2, expected 1");
    assertThatThrownBy(() -> agent.restore(new PpoAgent(3, 1, CONFIG, 1).snapshot()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameters");
    assertThatThrownBy(() -> CONFIG.toBuilder().gaeLambda(1.2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gaeLambda");
    assertThatThrownBy(() -> CONFIG.toBuilder().policyHiddenSizes(4, 0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("policyHiddenSizes");
  }
}
