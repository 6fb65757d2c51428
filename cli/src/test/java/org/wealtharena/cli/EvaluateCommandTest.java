package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  @TempDir Path output;

  @Test
  void evaluatesACheckpointAgainstTheBaselinesWithTheRunsSettings() throws IOException {
    CliRun training =
        TrainCommandTest.trainShort(
            output, "--iterations", "1", "--coordination", "centralized", "--json");
    assertThat(training.exitCode()).as(training.err()).isZero();
    String checkpoint = output.resolve("checkpoints/checkpoint-000001.bin").toString();

    List<String> args =
        new ArrayList<>(
            List.of(
                "evaluate",
                "--checkpoint",
                checkpoint,
                "--config",
                output.resolve("training.yaml").toString(),
                "--evaluation-episodes",
                "2",
                "--json"));
    args.addAll(List.of(CliRun.FREE_PORTS));
    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode groups = run.json().get("groups");
    JsonNode trainedThen = training.json().get("evaluation").get("groups");
    assertThat(groups).hasSize(trainedThen.size());
    for (int g = 0; g < groups.size(); g++) {
      // same seeds, same parameters, same search: the episodes of training's own evaluation
      assertThat(groups.get(g).get("policies"))
          .extracting(p -> p.get("policy").asText())
          .containsExactlyElementsOf(TrainCommandTest.POLICIES);
      assertThat(groups.get(g)).isEqualTo(trainedThen.get(g));
    }
  }

  @Test
  void refusesOtherSettingsAndDamagedFilesInOneLine() throws IOException {
    TrainCommandTest.train(output, "--iterations", "1");
    Path checkpoint = output.resolve("checkpoints/checkpoint-000001.bin");

    CliRun otherSettings =
        CliRun.of("evaluate", "--checkpoint", checkpoint.toString(), "--seed", "9");
    assertThat(otherSettings.exitCode()).isEqualTo(2);
    assertThat(otherSettings.err().strip().lines()).hasSize(1);
    assertThat(otherSettings.err())
        .contains("--checkpoint: checkpoint ", "was written with ", "seed 42 vs 9");

    Files.write(checkpoint, new byte[] {1, 2, 3});
    CliRun damaged = CliRun.of("evaluate", "--checkpoint", checkpoint.toString());
    assertThat(damaged.exitCode()).isEqualTo(2);
    assertThat(damaged.err()).contains("is truncated");
  }
}
