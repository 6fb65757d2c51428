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
 * episodes: the whole multi-seed summary, every run's rewards and every evaluation figure, is the
 * same with one thread and with two.
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
                "--seeds",
                "2",
                "--iterations",
                "3",
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

  private static List<Double> meanRewards(JsonNode summary, int run) {
    List<Double> rewards = new ArrayList<>();
    summary
        .get("runs")
        .get(run)
        .get("meanRewardPerIteration")
        .forEach(r -> rewards.add(r.doubleValue()));
    return rewards;
  }

  @Test
  void oneAndTwoThreadsGiveIdenticalResults() throws IOException {
    Path config = TinyTraining.config(directory, "2m");

    JsonNode oneThread = train(config, 1);
    JsonNode twoThreads = train(config, 2);

    assertThat(meanRewards(oneThread, 0)).hasSize(3).doesNotContainNull();
    // learning moves the rewards, so equality below is not two runs of one constant
    assertThat(meanRewards(oneThread, 0)).doesNotHaveDuplicates();
    // two runs of their own seeds
    assertThat(meanRewards(oneThread, 1)).isNotEqualTo(meanRewards(oneThread, 0));
    assertThat(NormalisedJson.of(twoThreads)).isEqualTo(NormalisedJson.of(oneThread));
  }
}
