package org.wealtharena.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.cli.CliException;
import org.wealtharena.coordination.CoordinationType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class TrainingConfigOptionsTest {

  @Command(name = "train")
  static final class TrainStub {
    @Mixin TrainingConfigOptions options;
    @Mixin CoordinationOption coordination;
    @Mixin TrainingLengthOptions length;
  }

  @TempDir Path directory;

  private static TrainingConfig resolve(String... args) {
    TrainStub command = new TrainStub();
    new CommandLine(command).parseArgs(args);
    return command.options.resolve(command.coordination.given(), command.length.given());
  }

  @Test
  void commandLineBeatsFileBeatsDefaults() throws Exception {
    Path file =
        Files.writeString(
            directory.resolve("train.yaml"),
            """
        iterations: 5
        seed: 11
        ppo: {epochs: 3}
        market: {symbols: [AAPL, MSFT], csv: file.csv}
        """);

    TrainingConfig config =
        resolve("--config", file.toString(), "--iterations", "9", "--symbols", "NVDA");

    assertThat(config.iterations()).as("flag over file").isEqualTo(9);
    assertThat(config.seed()).as("file over default").isEqualTo(11);
    assertThat(config.ppo().epochs()).as("file over default").isEqualTo(3);
    assertThat(config.market().symbols()).as("flag over file").containsExactly("NVDA");
    assertThat(config.market().csv())
        .as("file value next to an overridden sibling")
        .contains("file.csv");
    assertThat(config.episodesPerIteration()).as("default").isEqualTo(8);
  }

  private TrainingConfig resolveForCompare(String... args) {
    TrainStub command = new TrainStub();
    new CommandLine(command).parseArgs(args);
    return command.options.resolveOver(TrainingConfig.COMPARE_DEFAULTS);
  }

  @Test
  void compareEvaluatesLongerUnlessTheFileOrAFlagSaysOtherwise() throws Exception {
    assertThat(resolveForCompare().evaluationEpisodes())
        .isEqualTo(TrainingConfig.DEFAULT_COMPARE_EVALUATION_EPISODES)
        .isNotEqualTo(TrainingConfig.DEFAULT_EVALUATION_EPISODES);
    assertThat(resolveForCompare().iterations()).isEqualTo(TrainingConfig.DEFAULT_ITERATIONS);
    Path file = Files.writeString(directory.resolve("compare.yaml"), "evaluationEpisodes: 7\n");
    assertThat(resolveForCompare("--config", file.toString()).evaluationEpisodes()).isEqualTo(7);
    assertThat(
            resolveForCompare("--config", file.toString(), "--evaluation-episodes", "9")
                .evaluationEpisodes())
        .isEqualTo(9);
  }

  @Test
  void withoutFlagsOrFileEverythingIsDefault() {
    assertThat(resolve()).isEqualTo(TrainingConfig.defaults());
  }

  @Test
  void everyFlagOverrides() {
    TrainingConfig config =
        resolve(
            "--coordination",
            "centralized",
            "--iterations",
            "2",
            "--episodes-per-iteration",
            "3",
            "--threads",
            "1",
            "--seed",
            "4",
            "--evaluation-episodes",
            "5",
            "--checkpoint-every",
            "6",
            "--symbols",
            "AAPL,AMZN",
            "--csv",
            "bars.csv");

    assertThat(config.coordination()).isEqualTo(CoordinationType.CENTRALIZED);
    assertThat(
            List.of(
                config.iterations(),
                config.episodesPerIteration(),
                config.threads(),
                config.evaluationEpisodes(),
                config.checkpointEvery()))
        .containsExactly(2, 3, 1, 5, 6);
    assertThat(config.seed()).isEqualTo(4);
    assertThat(config.market().symbols()).containsExactly("AAPL", "AMZN");
    assertThat(config.market().csv()).contains("bars.csv");
  }

  @Test
  void aBadValueSaysWhereItCameFrom() throws Exception {
    Path file = Files.writeString(directory.resolve("train.yaml"), "seed: 1\niterations: 0\n");

    assertThatThrownBy(() -> resolve("--config", file.toString()))
        .isInstanceOf(CliException.class)
        .hasMessage("iterations: must be >= 1, got 0 (" + file + " line 2)");
    assertThatThrownBy(() -> resolve("--config", file.toString(), "--iterations", "-1"))
        .hasMessage("iterations: must be >= 1, got -1 (command line)");
    assertThatThrownBy(() -> resolve("--coordination", "solo"))
        .hasMessage(
            "coordination: must be one of hierarchical, centralized, decentralized, got 'solo'"
                + " (command line)");
  }
}
