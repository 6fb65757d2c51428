package org.wealtharena.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code wealtharena}. Each sub-command lives in its own class; this class only
 * wires them together and maps outcomes to exit codes (0 ok, 1 failure, 2 bad usage or a port that
 * cannot be bound).
 */
@Command(
    name = "wealtharena",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Train and run a team of trading agents, observable in Prometheus on 8012 and 8013.",
    subcommands = {
      TrainCommand.class,
      EvaluateCommand.class,
      CompareCommand.class,
      ServeCommand.class,
      SimulateCommand.class,
      RealismCommand.class
    })
public final class Main implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * {@code wealtharena} alone trains with the defaults (picocli has no default sub-command of its
   * own).
   */
  @Override
  public Integer call() {
    return spec.subcommands().get("train").execute();
  }

  /** The configured command line; tests execute it in-process with their own out/err writers. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(Main::handleBadUsage)
        .setExecutionExceptionHandler(Main::handleFailure);
  }

  /**
   * An option picocli cannot take (unknown, missing or with a bad value) is one line too, naming
   * where the help is, instead of the whole usage text.
   */
  private static int handleBadUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    commandLine
        .getErr()
        .println(
            "wealtharena: "
                + e.getMessage()
                + " (see '"
                + commandLine.getCommandSpec().qualifiedName()
                + " --help')");
    commandLine.getErr().flush();
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * A {@link CliException} is the user's to fix: one line, no stack trace. Anything else is a bug.
   */
  private static int handleFailure(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) throws Exception {
    if (e instanceof CliException cli) {
      commandLine.getErr().println("wealtharena: " + cli.getMessage());
      commandLine.getErr().flush();
      return cli.exitCode();
    }
    throw e;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
