package org.wealtharena.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wealtharena.cli.CliException;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.training.ppo.PpoConfig;
import org.wealtharena.training.ppo.optim.AdamConfig;

class TrainingConfigFileTest {

  private static TrainingConfig load(String yaml) {
    TrainingConfigFile file = TrainingConfigFile.parse(yaml, "config.yaml");
    return TrainingConfig.resolve(
        file.values(), new ConfigOrigins("config.yaml", file.lines(), Set.of()));
  }

  @Test
  void defaultsWhenNothingIsGiven() {
    TrainingConfig config = load("");

    assertThat(config).isEqualTo(TrainingConfig.defaults());
    assertThat(config.coordination()).isEqualTo(CoordinationType.HIERARCHICAL);
    assertThat(config.iterations()).isEqualTo(50);
    assertThat(config.episodesPerIteration()).isEqualTo(8);
    assertThat(config.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(config.seed()).isEqualTo(42);
    assertThat(config.episodeDuration()).isEqualTo(Duration.ofMinutes(20));
    assertThat(config.decisionStep()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.evaluationEpisodes()).isEqualTo(50);
    assertThat(config.checkpointEvery()).isEqualTo(10);
    assertThat(config.keepCheckpoints()).isEqualTo(3);
    assertThat(config.ppo())
        .as("PPO's defaults are the engine's")
        .isEqualTo(PpoConfig.builder().build());
    assertThat(config.market())
        .isEqualTo(
            new TrainingConfig.MarketSettings(
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Duration.ZERO));
  }

  @Test
  void everyKeyIsRead() {
    TrainingConfig config =
        load(
            """
        coordination: Decentralized
        iterations: 7
        episodesPerIteration: 3
        threads: 1
        seed: -5
        episodeDuration: 1.5h
        decisionStep: 250ms
        evaluationEpisodes: 4
        checkpointEvery: 2
        keepCheckpoints: 1
        ppo:
          learningRate: 1e-3
          clipRange: 0.1
          epochs: 4
          minibatchSize: 32
          gamma: 0.9
          gaeLambda: 0.8
          entropyCoefficient: 0.01
          hiddenSizes: [16]
        market:
          symbols: [AAPL, MSFT]
          csv: data/aapl.csv
          arbitrageAdvantage: 5ms
        """);

    assertThat(config)
        .isEqualTo(
            new TrainingConfig(
                CoordinationType.DECENTRALIZED,
                7,
                3,
                1,
                -5,
                Duration.ofMinutes(90),
                Duration.ofMillis(250),
                4,
                2,
                1,
                PpoConfig.builder()
                    .optimizer(AdamConfig.defaults().withLearningRate(1e-3))
                    .clipRange(0.1)
                    .epochs(4)
                    .minibatchSize(32)
                    .gamma(0.9)
                    .gaeLambda(0.8)
                    .entropyCoefficient(0.01)
                    .policyHiddenSizes(16)
                    .valueHiddenSizes(16)
                    .build(),
                new TrainingConfig.MarketSettings(
                    List.of("AAPL", "MSFT"),
                    Optional.of("data/aapl.csv"),
                    Optional.empty(),
                    Optional.empty(),
                    Duration.ofMillis(5))));
  }

  @Test
  void anUnknownKeyIsNamedWithItsLine() {
    assertThatThrownBy(() -> load("iterations: 3\nepisodes: 4\n"))
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith(
            "unknown key 'episodes' (config.yaml line 2); known keys here: checkpointEvery,");
    assertThatThrownBy(() -> load("ppo:\n  epochs: 3\n  learning_rate: 0.1\n"))
        .hasMessageStartingWith(
            "unknown key 'ppo.learning_rate' (config.yaml line 3); known keys here:")
        .hasMessageContaining("learningRate");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "iterations: 0                  | iterations: must be >= 1, got 0 (config.yaml line 3)",
        "episodesPerIteration: -2       | episodesPerIteration: must be >= 1, got -2 (config.yaml line 3)",
        "threads: 0                     | threads: must be >= 1, got 0 (config.yaml line 3)",
        "evaluationEpisodes: 1          | evaluationEpisodes: must be >= 2, got 1 (config.yaml line 3)",
        "checkpointEvery: 0             | checkpointEvery: must be >= 1, got 0 (config.yaml line 3)",
        "keepCheckpoints: 0             | keepCheckpoints: must be >= 1, got 0 (config.yaml line 3)",
        "coordination: anarchic         | coordination: must be one of hierarchical, centralized, decentralized,"
            + " got 'anarchic' (config.yaml line 3)",
        "episodeDuration: 30 minutes    | episodeDuration: must be a positive duration like 30m, 90s, 1.5h or 250ms,"
            + " got '30 minutes' (config.yaml line 3)",
        "decisionStep: 0s               | decisionStep: must be a positive duration like 30m, 90s, 1.5h or 250ms,"
            + " got '0s' (config.yaml line 3)",
        "decisionStep: 2h               | decisionStep: must not be longer than episodeDuration (20m), got 2h"
            + " (config.yaml line 3)",
        "ppo: {learningRate: 0}         | ppo.learningRate: must be positive and finite, got 0.0 (config.yaml line 3)",
        "ppo: {clipRange: -0.2}         | ppo.clipRange: must be positive and finite, got -0.2 (config.yaml line 3)",
        "ppo: {epochs: 0}               | ppo.epochs: must be >= 1, got 0 (config.yaml line 3)",
        "ppo: {minibatchSize: 0}        | ppo.minibatchSize: must be >= 1, got 0 (config.yaml line 3)",
        "ppo: {gamma: 1.5}              | ppo.gamma: must be between 0 and 1, got 1.5 (config.yaml line 3)",
        "ppo: {gaeLambda: -0.1}         | ppo.gaeLambda: must be between 0 and 1, got -0.1 (config.yaml line 3)",
        "ppo: {entropyCoefficient: -1}  | ppo.entropyCoefficient: must be >= 0 and finite, got -1.0 (config.yaml line 3)",
        "ppo: {valueClipRange: -1}      | ppo.valueClipRange: must be >= 0 and finite, got -1.0 (config.yaml line 3)",
        "ppo: {annealLearningRate: maybe} | ppo.annealLearningRate: expected true or false, got 'maybe' (config.yaml line 3)",
        "ppo: {hiddenSizes: [8, 0]}     | ppo.hiddenSizes: must list layer widths, each >= 1 ([] for none: linear),"
            + " got [8, 0] (config.yaml line 3)",
        "market: {symbols: ['']}        | market.symbols: must not contain blank symbols, got [''] (config.yaml line 3)",
        "market: {symbols: [FOO]}       | market.symbols: unknown symbol FOO (known: AAPL, MSFT, GOOGL, AMZN, NVDA), got [FOO] (config.yaml line 3)",
        "market: {symbols: [AAPL, AAPL]} | market.symbols: duplicate symbol AAPL, got [AAPL, AAPL] (config.yaml line 3)",
        "market: {from: 2024-13-01}     | market.from: must be a date like 2024-01-31, got '2024-13-01' (config.yaml line 3)",
        "iterations: ten                | iterations: expected a whole number, got 'ten' (config.yaml line 3)",
        "iterations: 2.5                | iterations: expected a whole number, got '2.5' (config.yaml line 3)",
      })
  void eachBadValueIsNamedWithItsLine(String badLine, String message) {
    assertThatThrownBy(() -> load("# a comment\nseed: 1\n" + badLine + "\n"))
        .isInstanceOf(CliException.class)
        .hasMessage(message);
  }

  @Test
  void cleanRlOptionsHaveTheirDefaultsAndAreSetByTheirKeys() {
    PpoConfig defaults = load("").ppo();
    assertThat(defaults.clipsValueLoss()).isFalse();
    assertThat(defaults.normalizeMinibatchAdvantages()).isTrue();
    assertThat(defaults.annealLearningRate()).isFalse();
    assertThat(defaults.normalizeObservations()).isTrue();
    assertThat(load("ppo: {valueClipRange: 0}").ppo()).isEqualTo(defaults);
    assertThat(load("ppo: {normalizeObservations: false}").ppo())
        .isEqualTo(defaults.toBuilder().normalizeObservations(false).build());

    PpoConfig set =
        load("ppo:\n  valueClipRange: 0.2\n  normalizeMinibatchAdvantages: false\n"
                + "  annealLearningRate: true\n")
            .ppo();
    assertThat(set.valueClipRange()).isEqualTo(0.2);
    assertThat(set.normalizeMinibatchAdvantages()).isFalse();
    assertThat(set.annealLearningRate()).isTrue();
    assertThat(set)
        .isEqualTo(
            defaults.toBuilder()
                .valueClipRange(0.2)
                .normalizeMinibatchAdvantages(false)
                .annealLearningRate(true)
                .build());
  }

  @Test
  void emptyHiddenSizesMeanLinearNetworksAndWidthsAddLayers() {
    assertThat(load("ppo: {hiddenSizes: []}").ppo().policyHiddenSizes()).isEmpty();
    PpoConfig layered = load("ppo: {hiddenSizes: [32, 16]}").ppo();
    assertThat(layered.policyHiddenSizes()).containsExactly(32, 16);
    assertThat(layered.valueHiddenSizes()).containsExactly(32, 16);
  }

  @Test
  void duplicateKeysAndBrokenYamlAreErrors() {
    assertThatThrownBy(() -> load("seed: 1\nseed: 2\n"))
        .isInstanceOf(CliException.class)
        .hasMessage("config.yaml is not valid YAML: Duplicate field 'seed' (config.yaml line 2)");
    assertThatThrownBy(() -> load("iterations: 3\nseed: [1\n"))
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith("config.yaml is not valid YAML: ");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path directory) {
    Path missing = directory.resolve("nope.yaml");
    assertThatThrownBy(() -> TrainingConfigFile.read(missing))
        .isInstanceOf(CliException.class)
        .hasMessage("config file " + missing + " does not exist");
  }

  @Test
  void theFileIsReadFromDisk(@TempDir Path directory) throws Exception {
    Path file = Files.writeString(directory.resolve("train.yaml"), "iterations: 0\n");
    TrainingConfigFile read = TrainingConfigFile.read(file);
    assertThat(read.values().iterations()).isZero();
    assertThat(read.lines()).containsEntry("iterations", 1);
  }

  @Test
  void fingerprintFollowsLearningSettingsOnly() {
    TrainingConfig base = load("ppo: {learningRate: 0.003}"); // the default, spelled out
    assertThat(load("ppo:\n  learningRate: 3.0e-3\n").resolvedSettings(0).fingerprint())
        .isEqualTo(base.resolvedSettings(0).fingerprint());
    assertThat(
            load("threads: 1\niterations: 999\nevaluationEpisodes: 5\ncheckpointEvery: 3\nkeepCheckpoints: 9")
                .resolvedSettings(0)
                .fingerprint())
        .isEqualTo(base.resolvedSettings(0).fingerprint());

    for (String changed :
        List.of(
            "ppo: {learningRate: 0.001}",
            "seed: 7",
            "coordination: centralized",
            "episodesPerIteration: 9",
            "episodeDuration: 31m",
            "decisionStep: 2s",
            "ppo: {hiddenSizes: [64]}",
            "ppo: {gamma: 0.98}",
            "ppo: {valueClipRange: 0.5}",
            "ppo: {normalizeMinibatchAdvantages: false}",
            "ppo: {annealLearningRate: true}",
            "ppo: {normalizeObservations: false}",
            "market: {symbols: [AAPL]}",
            "market: {csv: bars.csv}")) {
      assertThat(load(changed).resolvedSettings(0).fingerprint())
          .as(changed)
          .isNotEqualTo(base.resolvedSettings(0).fingerprint());
    }
    assertThat(base.resolvedSettings(0).fingerprint()).matches("[0-9a-f]{64}");
  }

  @Test
  void fingerprintCoversThePpoSettingsNoKeySetsAndExcludesExactlyTheNamedOnes() {
    TrainingConfig base = TrainingConfig.defaults();
    TrainingConfig otherKl =
        new TrainingConfig(
            base.coordination(),
            base.iterations(),
            base.episodesPerIteration(),
            base.threads(),
            base.seed(),
            base.episodeDuration(),
            base.decisionStep(),
            base.evaluationEpisodes(),
            base.checkpointEvery(),
            base.keepCheckpoints(),
            base.ppo().toBuilder().targetKl(0.05).build(),
            base.market());
    assertThat(otherKl.resolvedSettings(0).fingerprint())
        .isNotEqualTo(base.resolvedSettings(0).fingerprint());
    assertThat(TrainingConfig.NOT_FINGERPRINTED)
        .containsExactlyInAnyOrder(
            "iterations",
            "threads",
            "evaluationEpisodes",
            "checkpointEvery",
            "keepCheckpoints",
            "market.from",
            "market.to");
    assertThat(load("market: {csv: bars, from: 2024-02-01}\n").resolvedSettings(0).fingerprint())
        .as("a later period evaluates what an earlier one trained")
        .isEqualTo(load("market: {csv: bars, to: 2024-01-31}\n").resolvedSettings(0).fingerprint())
        .isNotEqualTo(load("market: {csv: other}\n").resolvedSettings(0).fingerprint());
  }
}
