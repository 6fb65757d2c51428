package org.wealtharena.metrics.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Prometheus' {@code promtool}, found as {@link Binaries} finds programs. */
public final class PromTool {

  private static final long TIMEOUT_SECONDS = 60;

  /** promtool's exit code when the exposition parses but breaks lint rules. */
  private static final int LINT_PROBLEMS = 3;

  private final Path executable;

  private PromTool(Path executable) {
    this.executable = executable;
  }

  /** The promtool to use; skips (or, under CI, fails) the calling test when there is none. */
  public static PromTool require() {
    return new PromTool(Binaries.require("promtool"));
  }

  public Path executable() {
    return executable;
  }

  /** Runs promtool with {@code args}, feeding {@code stdin}; output is stdout and stderr merged. */
  public Result run(String stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(args));
    Path input = null;
    try {
      // stdin from a file: writing a large exposition into a pipe while promtool's output pipe
      // fills up unread could deadlock.
      input = Files.createTempFile("promtool-stdin", ".txt");
      Files.writeString(input, stdin, StandardCharsets.UTF_8);
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectInput(input.toFile())
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("promtool " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    } finally {
      deleteQuietly(input);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a leftover temp file is harmless
      }
    }
  }

  /**
   * {@code promtool check metrics}: the exposition must parse, and every lint problem reported must
   * be one of {@code acceptedLintProblems} (exact lines, e.g. for names a contract fixes).
   */
  public void assertValidMetrics(String exposition, String... acceptedLintProblems) {
    Result result = run(exposition, "check", "metrics");
    if (result.exitCode() == LINT_PROBLEMS) {
      assertThat(result.output().lines().filter(line -> !line.isBlank()))
          .as("promtool check metrics lint problems")
          .isSubsetOf(acceptedLintProblems);
    } else {
      assertThat(result.exitCode())
          .as("promtool check metrics said:%n%s", result.output())
          .isZero();
    }
  }

  public record Result(int exitCode, String output) {}
}
