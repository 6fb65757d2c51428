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
import org.wealtharena.training.checkpoint.CheckpointStore;

/** Tiny runs of the real team: 2 episodes per iteration, 2 held-out episodes per policy. */
class TrainCommandTest {

  @TempDir Path output;

  static CliRun train(Path output, String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "train",
                "--episodes-per-iteration",
                "2",
                "--evaluation-episodes",
                "2",
                "--threads",
                "2",
                "--output",
                output.toString()));
    all.addAll(List.of(CliRun.FREE_PORTS));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static void assertOneLineError(CliRun run, String message) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).startsWith("wealtharena: ").contains(message);
  }

  @Test
  void jsonSummaryCheckpointAndEvaluationReports() throws IOException {
    CliRun run = train(output, "--iterations", "2", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = run.json();
    assertThat(summary.get("coordination").asText()).isEqualTo("hierarchical");
    assertThat(summary.get("runId").asText()).startsWith("hierarchical-");
    assertThat(summary.get("firstIteration").asInt()).isEqualTo(1);
    assertThat(summary.get("lastIteration").asInt()).isEqualTo(2);
    assertThat(summary.get("meanRewardPerIteration")).hasSize(2);
    JsonNode policies = summary.get("evaluation").get("policies");
    assertThat(policies)
        .extracting(p -> p.get("policy").asText())
        .containsExactly("trained", "untrained", "heuristic");
    assertThat(policies.get(0).get("metrics").get("reward").get("mean").isNumber()).isTrue();
    assertThat(run.err()).contains("metrics: http://127.0.0.1:");

    Path checkpoint = output.resolve("checkpoints").resolve("checkpoint-000002.bin");
    assertThat(summary.get("checkpoint").asText()).isEqualTo(checkpoint.toString());
    assertThat(CheckpointStore.read(checkpoint).iteration()).isEqualTo(2);
    assertThat(Files.readString(output.resolve("evaluation.csv")).lines())
        // 2 episodes: no Sharpe ratio; the coordination value for the trained policy only
        .hasSize(1 + 3 * 3 + 1)
        .first()
        .isEqualTo("policy,metric,episodes,mean,lower,upper,level");
    assertThat(
            new CliRun(0, Files.readString(output.resolve("evaluation.json")), "")
                .json()
                .get("policies"))
        .hasSize(3);
    assertThat(
            new CliRun(0, Files.readString(output.resolve("summary.json")), "").json().get("runId"))
        .isEqualTo(summary.get("runId"));
  }

  @Test
  void withoutJsonPrintsTheEvaluationTable() {
    CliRun run = train(output, "--iterations", "1", "--coordination", "decentralized");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "metrics: http://127.0.0.1:",
            "(decentralized): iterations 1-1",
            "trained ",
            "untrained ",
            "heuristic ",
            "95% confidence interval")
        .containsPattern("trained [~<>] heuristic on reward");
  }

  @Test
  void resumeGoesOnFromTheCheckpointAndAFreshRunWillNotOverwriteIt() throws IOException {
    JsonNode first = train(output, "--iterations", "2", "--checkpoint-every", "1", "--json").json();

    JsonNode resumed = train(output, "--iterations", "3", "--resume", "--json").json();
    assertThat(resumed.get("runId")).isEqualTo(first.get("runId"));
    assertThat(resumed.get("firstIteration").asInt()).isEqualTo(3);
    assertThat(resumed.get("meanRewardPerIteration").get(1))
        .isEqualTo(first.get("meanRewardPerIteration").get(1));

    assertOneLineError(
        train(output, "--iterations", "3"), "already holds checkpoints of a run; add --resume");
    assertOneLineError(
        train(output, "--iterations", "4", "--resume", "--coordination", "centralized"),
        "was written by a hierarchical run, this run is centralized");
    assertOneLineError(
        train(output, "--iterations", "4", "--resume", "--seed", "5"),
        "was written with seed 42, this run has seed 5; resume with the same settings");
  }

  @Test
  void trainsOnOneReplayedSymbolWithoutThePortfolioAgent() throws IOException {
    Path bars =
        Files.writeString(
            output.resolve("ACME.csv"),
            "Date,Open,High,Low,Close,Volume\n"
                + "2024-01-02,100,102,99,101,1000\n"
                + "2024-01-03,101,103,100,102,1000\n");
    CliRun run =
        train(
            output.resolve("run"),
            "--iterations",
            "1",
            "--csv",
            bars.toString(),
            "--from",
            "2024-01-03",
            "--config",
            Files.writeString(output.resolve("short.yaml"), "episodeDuration: 30s\n").toString(),
            "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("one symbol (ACME): the portfolio agent sits out")
        .doesNotContain("Exception");
  }

  @Test
  void aBadYamlSymbolIsBlamedOnItsKey() throws IOException {
    Path config =
        Files.writeString(output.resolve("m.yaml"), "seed: 1\nmarket:\n  symbols: [FOO]\n");
    assertOneLineError(
        train(output, "--config", config.toString()),
        "market.symbols: unknown symbol FOO (known: AAPL, MSFT, GOOGL, AMZN, NVDA), got [FOO] ("
            + config
            + " line 3)");
  }

  @Test
  void badSettingsAreOneLineErrorsWithExitCode2() throws IOException {
    assertOneLineError(train(output, "--iterations", "0"), "iterations: must be >= 1, got 0");
    assertOneLineError(
        train(output, "--coordination", "anarchic"),
        "coordination: must be one of hierarchical, centralized, decentralized");
    Path config = Files.writeString(output.resolve("bad.yaml"), "episodeDuration: forever\n");
    assertOneLineError(train(output, "--config", config.toString()), "episodeDuration");
    assertOneLineError(CliRun.of("train", "--resume"), "--resume needs --output DIR");
    assertThat(Files.exists(output.resolve("checkpoints"))).isFalse();
  }
}
