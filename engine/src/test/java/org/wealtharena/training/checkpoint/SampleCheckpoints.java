package org.wealtharena.training.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.wealtharena.training.ppo.ObservationStatistics;
import org.wealtharena.training.ppo.PpoSnapshot;
import org.wealtharena.training.ppo.optim.AdamState;

/** Checkpoints with pseudo-random content for the tests, and a bit-exact comparison. */
final class SampleCheckpoints {

  /** Settings as a run resolves them: in the settings record's order, not by name. */
  static final ResolvedSettings SETTINGS = settings("f1ng3rpr1nt", "3", "3.0E-4");

  static final CheckpointKey KEY = new CheckpointKey("hierarchical", SETTINGS);

  private SampleCheckpoints() {}

  /** Settings with this seed and learning rate, under {@code fingerprint}. */
  static ResolvedSettings settings(String fingerprint, String seed, String learningRate) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("seed", seed);
    values.put("market.csv", "none");
    values.put("ppo.optimizer.learningRate", learningRate);
    return new ResolvedSettings(fingerprint, values);
  }

  /**
   * A checkpoint of {@code iteration} with two policies of {@code parameterCount} parameters each.
   */
  static Checkpoint sample(int iteration, int parameterCount) {
    SplittableRandom random = new SplittableRandom(iteration);
    double[] rewards = random.doubles(iteration, -1, 1).toArray();
    return new Checkpoint(
        "run-7",
        KEY.coordination(),
        KEY.settings(),
        iteration,
        Map.of(
            "meta-controller",
            snapshot(random, parameterCount),
            "market-maker",
            snapshot(random, parameterCount)),
        new RunRandomState(42, 8L * iteration),
        Map.of("meanReward", rewards, "wallSeconds", random.doubles(iteration, 0, 9).toArray()));
  }

  /**
   * The same content relabelled as another iteration; cheap, for writing many large checkpoints.
   */
  static Checkpoint atIteration(Checkpoint checkpoint, int iteration) {
    return new Checkpoint(
        checkpoint.runId(),
        checkpoint.coordination(),
        checkpoint.settings(),
        iteration,
        checkpoint.policies(),
        checkpoint.randomness(),
        checkpoint.history());
  }

  private static PpoSnapshot snapshot(SplittableRandom random, int parameterCount) {
    AdamState adam =
        new AdamState(
            random.nextLong(1, 1000),
            random.doubles(parameterCount).toArray(),
            random.doubles(parameterCount).toArray());
    int features = random.nextInt(1, 6);
    return new PpoSnapshot(
        random.doubles(parameterCount, -3, 3).toArray(),
        adam,
        random.nextLong(1, 100),
        random.nextLong(),
        new ObservationStatistics(
            random.nextLong(1, 10_000),
            random.doubles(features, -1, 1).toArray(),
            random.doubles(features, 0, 50).toArray()));
  }

  /** Asserts the two checkpoints hold the same values, doubles compared by their raw bits. */
  static void assertBitIdentical(Checkpoint actual, Checkpoint expected) {
    assertThat(actual.runId()).isEqualTo(expected.runId());
    assertThat(actual.coordination()).isEqualTo(expected.coordination());
    assertThat(actual.settings().fingerprint()).isEqualTo(expected.settings().fingerprint());
    assertThat(actual.settings().values()).containsExactlyEntriesOf(expected.settings().values());
    assertThat(actual.iteration()).isEqualTo(expected.iteration());
    assertThat(actual.randomness()).isEqualTo(expected.randomness());
    assertThat(actual.policies().keySet()).containsExactlyElementsOf(expected.policies().keySet());
    expected
        .policies()
        .forEach(
            (name, snapshot) -> {
              PpoSnapshot other = actual.policies().get(name);
              assertThat(other.seed()).isEqualTo(snapshot.seed());
              assertThat(other.updateCount()).isEqualTo(snapshot.updateCount());
              assertThat(other.optimizer().step()).isEqualTo(snapshot.optimizer().step());
              assertThat(rawBits(other.parameters()))
                  .containsExactly(rawBits(snapshot.parameters()));
              assertThat(rawBits(other.optimizer().firstMoment()))
                  .containsExactly(rawBits(snapshot.optimizer().firstMoment()));
              assertThat(rawBits(other.optimizer().secondMoment()))
                  .containsExactly(rawBits(snapshot.optimizer().secondMoment()));
              assertThat(other.observations().count()).isEqualTo(snapshot.observations().count());
              assertThat(rawBits(other.observations().mean()))
                  .containsExactly(rawBits(snapshot.observations().mean()));
              assertThat(rawBits(other.observations().m2()))
                  .containsExactly(rawBits(snapshot.observations().m2()));
            });
    assertThat(actual.history().keySet()).containsExactlyElementsOf(expected.history().keySet());
    expected
        .history()
        .forEach(
            (name, values) ->
                assertThat(rawBits(actual.history().get(name))).containsExactly(rawBits(values)));
  }

  private static long[] rawBits(double[] values) {
    return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
  }
}
