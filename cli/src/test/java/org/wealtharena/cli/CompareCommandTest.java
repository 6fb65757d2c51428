package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  @TempDir Path output;

  @Test
  void trainsEveryCoordinationTypeAndWritesTheChartAndReports() throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                "--iterations",
                "2",
                "--episodes-per-iteration",
                "2",
                "--evaluation-episodes",
                "2",
                "--threads",
                "2",
                "--output",
                output.toString(),
                "--json"));
    args.addAll(List.of(CliRun.FREE_PORTS));

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("runs"))
        .extracting(r -> r.get("coordination").asText())
        .containsExactly("hierarchical", "centralized", "decentralized");
    assertThat(json.get("runs").get(0).get("meanRewardPerIteration")).hasSize(2);
    assertThat(json.get("evaluation").get("policies")).hasSize(3);
    byte[] png = Files.readAllBytes(output.resolve("rewards.png"));
    assertThat(Arrays.copyOf(png, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    List<String> csv = Files.readAllLines(output.resolve("comparison.csv"));
    assertThat(csv).hasSize(1 + 3 * 4);
    assertThat(csv.get(1)).startsWith("hierarchical,reward,2,");
    assertThat(output.resolve("decentralized/checkpoints/checkpoint-000002.bin")).exists();
  }
}
