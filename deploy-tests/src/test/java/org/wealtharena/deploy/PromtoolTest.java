package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wealtharena.metrics.testing.Binaries;

/**
 * Runs {@code promtool} on the files exactly as shipped: every Prometheus configuration (which
 * resolves its rule and file_sd files relative to itself), every rule file and every rule test
 * file.
 */
class PromtoolTest {

  private static final long TIMEOUT_SECONDS = 120;
  private static Path promtool;

  @BeforeAll
  static void findPromtool() {
    promtool = Binaries.require("promtool");
  }

  static Stream<Path> configs() {
    return DeployFiles.prometheusConfigs().stream();
  }

  static Stream<Path> ruleFiles() {
    return DeployFiles.ruleFiles().stream();
  }

  static Stream<Path> ruleTests() {
    return DeployFiles.ruleTestFiles().stream();
  }

  @ParameterizedTest(name = "promtool check config {0}")
  @MethodSource("configs")
  void configIsValid(Path config) {
    Commands.Result result = promtool("check", "config", config.toString());
    assertThat(result.exitCode()).as(result.describe()).isZero();
    // a file_sd glob matching no file is only a warning for promtool; for us it is a mistake
    assertThat(result.output()).as(result.describe()).doesNotContain("WARNING");
  }

  @ParameterizedTest(name = "promtool check rules {0}")
  @MethodSource("ruleFiles")
  void rulesAreValid(Path rules) {
    Commands.Result result = promtool("check", "rules", rules.toString());
    assertThat(result.exitCode()).as(result.describe()).isZero();
  }

  @ParameterizedTest(name = "promtool test rules {0}")
  @MethodSource("ruleTests")
  void ruleTestsPass(Path tests) {
    Commands.Result result = promtool("test", "rules", tests.toString());
    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.output()).as(result.describe()).contains("SUCCESS");
  }

  private static Commands.Result promtool(String... args) {
    List<String> command = Stream.concat(Stream.of(promtool.toString()), Stream.of(args)).toList();
    return Commands.run(DeployFiles.repoRoot(), TIMEOUT_SECONDS, command);
  }
}
