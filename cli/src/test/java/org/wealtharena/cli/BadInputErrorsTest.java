package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input a careless user gives (issue 16): each is exit 2 and one line naming the option or the
 * file and line, and the value, with no stack trace, no library internals and no misleading cause.
 * Nothing here reaches the network: 192.0.2.1 (a documentation address) is only bound, and fails.
 */
class BadInputErrorsTest {

  @TempDir static Path directory;

  @BeforeAll
  static void writeFiles() throws IOException {
    Files.writeString(directory.resolve("list.yaml"), "- seed\n- 42\n");
    Files.writeString(directory.resolve("ppo5.yaml"), "seed: 3\nppo: 5\n");
    Files.writeString(directory.resolve("binary.yaml"), "seed: !!binary AAAA\n");
    // not a key store of any type, beginning with the 'D' (tag 68) the JDK complained about
    Files.writeString(directory.resolve("notakeystore.p12"), "Data, not a key store\n");
  }

  private static String file(String name) {
    return directory.resolve(name).toString();
  }

  /** Endpoints on free loopback ports unless the case sets {@code --bind} itself. */
  private static String[] serve(String... options) {
    List<String> args = new ArrayList<>(List.of("serve", "--linger", "0"));
    args.addAll(List.of("--multi-agent-port", "0", "--specialized-agents-port", "0"));
    if (!List.of(options).contains("--bind")) {
      args.addAll(List.of("--bind", "127.0.0.1"));
    }
    args.addAll(List.of(options));
    return args.toArray(String[]::new);
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(serve("--bind", ""), List.of("--bind: ", "got ''", "address of this machine")),
        Arguments.of(
            serve("--bind", "192.0.2.1"),
            List.of("--bind: ", "192.0.2.1", "not an address of this machine")),
        Arguments.of(
            new String[] {"serve", "--linger", "0", "--multi-agent-port", "70000"},
            List.of("--multi-agent-port: ", "0..65535", "70000")),
        Arguments.of(
            serve("--metrics-user", ""), List.of("--metrics-user: ", "must not be blank", "''")),
        Arguments.of(
            serve("--metrics-user", "a:b"),
            List.of("--metrics-user: ", "must not contain ':'", "'a:b'")),
        Arguments.of(
            serve(
                "--tls-keystore", file("notakeystore.p12"), "--tls-keystore-password-env", "PATH"),
            List.of("--tls-keystore", file("notakeystore.p12"), "is not a PKCS12 key store")),
        Arguments.of(
            serve(
                "--tls-keystore",
                file("notakeystore.p12"),
                "--tls-keystore-password-env",
                "WEALTHARENA_TEST_UNSET_VARIABLE"),
            List.of(
                "--tls-keystore " + file("notakeystore.p12"),
                "WEALTHARENA_TEST_UNSET_VARIABLE",
                "not set")),
        Arguments.of(
            serve(
                "--tls-keystore",
                file("notakeystore.p12"),
                "--tls-keystore-password-env",
                "PATH",
                "--tls-keystore-type",
                "NOSUCHTYPE"),
            List.of("--tls-keystore", "unknown key store type 'NOSUCHTYPE'", "PKCS12 or JKS")),
        Arguments.of(
            new String[] {"train", "--config", file("list.yaml")},
            List.of(file("list.yaml") + " line 1", "expected a mapping of keys", "got a list")),
        Arguments.of(
            new String[] {"train", "--config", file("ppo5.yaml")},
            List.of("ppo (" + file("ppo5.yaml") + " line 2)", "expected a mapping", "got '5'")),
        Arguments.of(
            new String[] {"train", "--config", file("binary.yaml")},
            List.of(
                "seed (" + file("binary.yaml") + " line 1)",
                "expected a whole number",
                "!!binary")),
        // the cluster module is not a dependency of the command line: no Spark here
        Arguments.of(
            new String[] {"train", "--engine", "spark", "--output", file("no-run")},
            List.of("--engine spark: ", "no such engine on the class path", "spark-submit")),
        Arguments.of(
            new String[] {"evaluate", "--engine", "sparc", "--checkpoint", file("none.bin")},
            List.of("--engine sparc: ", "expected local, or spark")),
        Arguments.of(
            new String[] {"compare", "--engine", "spark"},
            List.of("--engine spark: ", "no such engine on the class path")));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("badInputs")
  void isOneLineNamingTheOptionOrFileAndTheValue(String[] args, List<String> fragments) {
    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).startsWith("wealtharena: ").contains(fragments);
    assertThat(run.out() + run.err())
        .doesNotContain("Exception")
        .doesNotContain("at org.")
        .doesNotContain("com.fasterxml")
        .doesNotContain("already in use")
        .doesNotContain("password was incorrect")
        .doesNotContain("toDerInputStream");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void versionWorksOnEveryCommand(String command) {
    CliRun run = CliRun.of(command, "--version");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo("wealtharena " + VersionProvider.version());
  }

  static Stream<String> commands() {
    return Main.commandLine().getSubcommands().keySet().stream();
  }
}
