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
import org.wealtharena.training.checkpoint.Checkpoint;
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

  /** {@link #train} with 5-minute episodes, for the tests that run to the end. */
  static CliRun trainShort(Path output, String... args) throws IOException {
    Files.createDirectories(output);
    List<String> all =
        new ArrayList<>(List.of("--config", TinyTraining.config(output, "5m").toString()));
    all.addAll(List.of(args));
    return train(output, all.toArray(String[]::new));
  }

  private static void assertOneLineError(CliRun run, String message) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).startsWith("wealtharena: ").contains(message);
  }

  /** Every policy of an evaluation, in report order. */
  static final List<String> POLICIES =
      List.of(
          "trained",
          "untrained",
          "heuristic",
          "alone_market_maker",
          "alone_arbitrage",
          "alone_portfolio",
          "best_constant");

  @Test
  void jsonSummaryCheckpointAndEvaluationReportsWithEveryBaseline() throws IOException {
    CliRun run = trainShort(output, "--iterations", "2", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = run.json();
    assertThat(summary.get("coordination").asText()).isEqualTo("hierarchical");
    assertThat(summary.get("seeds").asInt()).isEqualTo(1);
    JsonNode only = summary.get("runs").get(0);
    assertThat(only.get("runId").asText()).startsWith("hierarchical-");
    assertThat(only.get("firstIteration").asInt()).isEqualTo(1);
    assertThat(only.get("lastIteration").asInt()).isEqualTo(2);
    assertThat(only.get("meanRewardPerIteration")).hasSize(2);
    JsonNode evaluation = summary.get("evaluation");
    assertThat(evaluation.get("unit").asText()).isEqualTo("episode");
    assertThat(evaluation.get("groups"))
        .extracting(g -> g.get("market").asText())
        .containsExactly("held-out", "volatility x2");
    for (JsonNode group : evaluation.get("groups")) {
      assertThat(group.get("policies"))
          .extracting(p -> p.get("policy").asText())
          .containsExactlyElementsOf(POLICIES);
      assertThat(group.get("comparisons"))
          .extracting(c -> c.get("baseline").asText())
          .containsExactlyElementsOf(POLICIES.subList(1, POLICIES.size()));
      JsonNode mean = group.get("policies").get(0).get("mean");
      assertThat(mean.get("lower").asDouble())
          .isLessThanOrEqualTo(mean.get("value").asDouble())
          .isLessThanOrEqualTo(mean.get("upper").asDouble());
    }
    assertThat(run.err()).contains("metrics: http://127.0.0.1:");

    Path checkpoint = output.resolve("checkpoints").resolve("checkpoint-000002.bin");
    assertThat(only.get("checkpoint").asText()).isEqualTo(checkpoint.toString());
    assertThat(CheckpointStore.read(checkpoint).iteration()).isEqualTo(2);
    List<String> csv = Files.readString(output.resolve("evaluation.csv")).lines().toList();
    assertThat(csv.get(0))
        .isEqualTo("coordination,market,policy,statistic,value,lower,upper,level,unit,count");
    // per market: mean and IQM of 7 policies, difference and P(improvement) of 6 baselines
    assertThat(csv).hasSize(1 + 2 * (2 * 7 + 2 * 6));
    for (String policy : POLICIES) {
      assertThat(csv).anyMatch(line -> line.startsWith("hierarchical,held-out," + policy + ","));
    }
    assertThat(
            new CliRun(0, Files.readString(output.resolve("evaluation.json")), "")
                .json()
                .get("groups"))
        .hasSize(2);
    assertThat(
            new CliRun(0, Files.readString(output.resolve("summary.json")), "")
                .json()
                .get("runs")
                .get(0)
                .get("runId"))
        .isEqualTo(only.get("runId"));
    assertThat(
            new CliRun(0, Files.readString(output.resolve(Experiment.EPISODES_JSON)), "")
                .json()
                .get("policies"))
        .extracting(p -> p.get("policy").asText())
        .containsExactlyElementsOf(POLICIES);
  }

  @Test
  void withoutJsonPrintsTheEvaluationTableAndSaysWhatTheIntervalsSupport() throws IOException {
    CliRun run = trainShort(output, "--iterations", "1", "--coordination", "decentralized");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "metrics: http://127.0.0.1:",
            "(decentralized, run 0 of 1): iterations 1-1",
            "decentralized on held-out: one training run",
            "per-episode fallback",
            "decentralized on volatility x2",
            "IQM [95% CI]",
            "stratified bootstrap");
    for (String policy : POLICIES) {
      assertThat(run.out()).contains(policy + " ");
    }
    assertThat(run.out())
        .containsPattern(
            "P\\(trained > best_constant\\) = [-0-9.]+ \\[[-0-9.]+, [-0-9.]+\\]: (not established|.* supported)");
  }

  @Test
  void severalSeedsAreRunsOfTheirOwnInSubdirectoriesReportedOverRuns() throws IOException {
    CliRun run = trainShort(output, "--iterations", "1", "--seeds", "2", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = run.json();
    assertThat(summary.get("runs")).hasSize(2);
    assertThat(summary.get("runs").get(0).get("runId").asText()).endsWith("-run0");
    assertThat(summary.get("runs").get(1).get("runId").asText()).endsWith("-run1");
    JsonNode evaluation = summary.get("evaluation");
    assertThat(evaluation.get("unit").asText()).isEqualTo("run");
    JsonNode heldOut = evaluation.get("groups").get(0);
    assertThat(heldOut.get("runs").asInt()).isEqualTo(2);
    assertThat(heldOut.get("policies").get(0).get("scores")).hasSize(2);

    Checkpoint first =
        CheckpointStore.read(
            output.resolve("run-0").resolve("checkpoints").resolve("checkpoint-000001.bin"));
    Path secondFile =
        output.resolve("run-1").resolve("checkpoints").resolve("checkpoint-000001.bin");
    Checkpoint second = CheckpointStore.read(secondFile);
    assertThat(first.settings().values()).containsEntry("run", "0");
    assertThat(second.settings().values()).containsEntry("run", "1");
    assertThat(second.settings().fingerprint()).isNotEqualTo(first.settings().fingerprint());
    assertThat(output.resolve("run-1").resolve(Experiment.EPISODES_JSON)).exists();

    List<String> evaluate =
        new ArrayList<>(
            List.of(
                "evaluate",
                "--checkpoint",
                secondFile.toString(),
                "--config",
                output.resolve("training.yaml").toString(),
                "--evaluation-episodes",
                "2",
                "--threads",
                "2"));
    evaluate.addAll(List.of(CliRun.FREE_PORTS));
    CliRun evaluated = CliRun.of(evaluate.toArray(String[]::new));
    assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
    assertThat(evaluated.out()).contains("(run 1 of its seed)", "best_constant ");
  }

  @Test
  void resumeGoesOnFromTheCheckpointAndAFreshRunWillNotOverwriteIt() throws IOException {
    JsonNode first =
        trainShort(output, "--iterations", "2", "--checkpoint-every", "1", "--json")
            .json()
            .get("runs")
            .get(0);

    JsonNode resumed =
        trainShort(output, "--iterations", "3", "--resume", "--json").json().get("runs").get(0);
    assertThat(resumed.get("runId")).isEqualTo(first.get("runId"));
    assertThat(resumed.get("firstIteration").asInt()).isEqualTo(3);
    assertThat(resumed.get("meanRewardPerIteration").get(1))
        .isEqualTo(first.get("meanRewardPerIteration").get(1));

    assertOneLineError(
        trainShort(output, "--iterations", "3"),
        "already holds checkpoints of a run; add --resume");
    assertOneLineError(
        trainShort(output, "--iterations", "4", "--resume", "--coordination", "centralized"),
        "was written by a hierarchical run, this run is centralized");
    assertOneLineError(
        trainShort(output, "--iterations", "4", "--resume", "--seed", "5"),
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
    assertOneLineError(train(output, "--seeds", "0"), "--seeds: must be in [1, 16384], got 0");
    assertOneLineError(
        train(output, "--ood-volatility", "-1"), "--ood-volatility: must be a positive factor");
    assertOneLineError(
        train(output, "--ood-from", "2013-01-01"), "--ood-from/--ood-to select dates of replayed");
    assertOneLineError(
        train(output, "--ood-csv", "x", "--ood-to", "soon"),
        "--ood-to: expected a date yyyy-MM-dd, got soon");
    assertThat(Files.exists(output.resolve("checkpoints"))).isFalse();
  }
}
