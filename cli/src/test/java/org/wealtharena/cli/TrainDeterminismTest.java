package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train}'s results depend on its settings and seed, not on how many threads run the
 * episodes.
 */
class TrainDeterminismTest {

  @TempDir Path directory;

  private JsonNode train(Path config, int threads) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "train",
                "--config",
                config.toString(),
                "--seed",
                "3",
                "--iterations",
                "5",
                "--threads",
                String.valueOf(threads),
                "--output",
                directory.resolve("threads-" + threads).toString(),
                "--json"));
    args.addAll(List.of(CliRun.FREE_PORTS));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.json();
  }

  private static List<Double> meanRewards(JsonNode summary) {
    List<Double> rewards = new ArrayList<>();
    summary.get("meanRewardPerIteration").forEach(r -> rewards.add(r.doubleValue()));
    return rewards;
  }

  @Test
  void oneAndTwoThreadsGiveIdenticalRewardsPerIteration() throws IOException {
    Path config = TinyTraining.config(directory, "2m");

    List<Double> oneThread = meanRewards(train(config, 1));
    List<Double> twoThreads = meanRewards(train(config, 2));

    assertThat(oneThread).hasSize(5).doesNotContainNull();
    // learning moves the rewards, so equality below is not two runs of one constant
    assertThat(oneThread).doesNotHaveDuplicates();
    assertThat(twoThreads).containsExactlyElementsOf(oneThread);
  }
}
