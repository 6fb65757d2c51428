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
  void trainsEveryCoordinationTypeAndWritesTheChartsAndReports() throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                "--config",
                TinyTraining.config(output, "5m").toString(),
                "--iterations",
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
    JsonNode groups = json.get("evaluation").get("groups");
    // each type on the held-out market and the volatility x2 market
    assertThat(groups)
        .extracting(g -> g.get("coordination").asText() + "/" + g.get("market").asText())
        .containsExactly(
            "hierarchical/held-out",
            "hierarchical/volatility x2",
            "centralized/held-out",
            "centralized/volatility x2",
            "decentralized/held-out",
            "decentralized/volatility x2");
    for (JsonNode group : groups) {
      assertThat(group.get("policies"))
          .extracting(p -> p.get("policy").asText())
          .containsExactlyElementsOf(TrainCommandTest.POLICIES);
    }
    for (String png :
        List.of(
            "rewards.png",
            "profile-hierarchical.png",
            "profile-centralized.png",
            "profile-decentralized.png")) {
      byte[] bytes = Files.readAllBytes(output.resolve(png));
      assertThat(Arrays.copyOf(bytes, 4))
          .as(png)
          .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
    List<String> csv = Files.readAllLines(output.resolve("comparison.csv"));
    assertThat(csv).hasSize(1 + 6 * (2 * 7 + 2 * 6));
    assertThat(csv.get(1)).startsWith("hierarchical,held-out,trained,mean,");
    assertThat(output.resolve("decentralized/checkpoints/checkpoint-000002.bin")).exists();
  }
}
