package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.push.PushgatewayConfig;
import org.wealtharena.metrics.runs.RunSeriesJanitor;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options every command shares mean the same thing in each: the same forms of {@code --linger},
 * the same one-line error for a bad time, one default of {@code --threads}.
 */
class SharedOptionsTest {

  private static final List<String> COMMANDS =
      List.of("serve", "simulate", "train", "evaluate", "compare");

  /** The {@code --linger} a command line asks for, as the command parsed it. */
  private static Optional<LingerOption.Linger> linger(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(args));
    if (command.equals("evaluate")) {
      all.addAll(List.of("--checkpoint", "run.bin"));
    }
    CommandLine.ParseResult parsed = Main.commandLine().parseArgs(all.toArray(String[]::new));
    return Optional.ofNullable(parsed.subcommand().matchedOptionValue("--linger", null));
  }

  @Test
  void everyCommandTakesLingerAloneWithATimeOrNotAtAll() {
    for (String command : COMMANDS) {
      assertThat(linger(command)).as(command).isEmpty();
      assertThat(linger(command, "--linger"))
          .as(command + " --linger")
          .contains(LingerOption.Linger.untilSignal());
      assertThat(linger(command, "--linger", "--strict-metrics"))
          .as(command + " --linger before another option")
          .contains(LingerOption.Linger.untilSignal());
      assertThat(linger(command, "--linger", "30s"))
          .as(command + " --linger 30s")
          .contains(LingerOption.Linger.forTime(Duration.ofSeconds(30)));
      assertThat(linger(command, "--linger=1.5m"))
          .as(command + " --linger=1.5m")
          .contains(LingerOption.Linger.forTime(Duration.ofSeconds(90)));
    }
  }

  @Test
  void aBadLingerTimeIsAOneLineErrorWithExitCodeTwoInEveryCommand() {
    for (String command : COMMANDS) {
      for (String bad : List.of("--linger=soon", "--linger=-5s", "--linger=10x")) {
        CliRun run = CliRun.of(command, bad);
        assertThat(run.exitCode()).as(command + " " + bad).isEqualTo(2);
        assertThat(run.err().strip().lines()).as(command + " " + bad).hasSize(1);
        assertThat(run.err())
            .as(command + " " + bad)
            .startsWith("wealtharena: ")
            .contains("--linger", "'" + bad.substring("--linger=".length()) + "'", "30s");
        assertThat(run.out()).as(command + " " + bad).isEmpty();
      }
    }
  }

  @Test
  void aTimeAfterABareLingerIsItsValueAndAnythingElseIsAnError() {
    CliRun run = CliRun.of("serve", "--linger", "soon");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).singleElement().asString().contains("'soon'");
  }

  @Test
  void serveStopsAfterItsLingerTime() {
    List<String> args = new ArrayList<>(List.of("serve", "--linger", "10ms"));
    args.addAll(List.of(CliRun.FREE_PORTS));
    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).filteredOn(line -> line.startsWith("metrics: ")).hasSize(2);
    assertThat(run.out()).contains("lingering: serving metrics for 10 ms, or until SIGINT/SIGTERM");
  }

  @Test
  void optionsACommandDoesNotUseAreRejectedInOneLine() {
    for (String[] args :
        new String[][] {
          {"compare", "--coordination", "centralized"},
          {"evaluate", "--checkpoint", "run.bin", "--coordination", "centralized"},
          {"evaluate", "--checkpoint", "run.bin", "--iterations", "3"},
          {"train", "--episodes", "3"}
        }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().strip().lines())
          .as(String.join(" ", args))
          .singleElement()
          .asString()
          .startsWith("wealtharena: Unknown option")
          .contains("'" + args[args.length - 2] + "'", "--help");
    }
  }

  @Test
  void threadsHasOneDefaultWhereverItIsTaken() {
    List<String> defaults = new ArrayList<>();
    for (String command : COMMANDS) {
      OptionSpec threads =
          Main.commandLine().getSubcommands().get(command).getCommandSpec().findOption("--threads");
      if (threads != null) {
        defaults.add(command);
        assertThat(threads.description()[0])
            .as(command)
            .contains("(default: available processors)");
      }
    }
    assertThat(defaults).containsExactly("simulate", "train", "evaluate", "compare");
  }

  @Test
  void timeDefaultsWrittenInTheOptionsAreTheLibrarysOwn() {
    for (String command : List.of("train", "compare")) {
      CommandLine.ParseResult parsed = Main.commandLine().parseArgs(command);
      assertThat(
              parsed.subcommand().commandSpec().findOption("--stale-run-ttl").<Duration>getValue())
          .as(command)
          .isEqualTo(RunSeriesJanitor.DEFAULT_TTL);
    }
    for (String command : COMMANDS) {
      List<String> args = new ArrayList<>(List.of(command));
      if (command.equals("evaluate")) {
        args.addAll(List.of("--checkpoint", "run.bin"));
      }
      CommandLine.ParseResult parsed = Main.commandLine().parseArgs(args.toArray(String[]::new));
      assertThat(
              parsed.subcommand().commandSpec().findOption("--push-interval").<Duration>getValue())
          .as(command)
          .isEqualTo(PushgatewayConfig.DEFAULT_INTERVAL);
    }
  }
}
