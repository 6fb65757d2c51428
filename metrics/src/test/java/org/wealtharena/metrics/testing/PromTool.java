package org.wealtharena.metrics.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Prometheus' {@code promtool}. Found through {@code $PROMTOOL}, then {@code $PATH}, then
 * {@code /usr/bin/promtool}. When it is missing the calling test is skipped, except under
 * {@code CI=true}, where it fails: CI must not pass by skipping.
 */
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
    Optional<Path> found = locate();
    if (found.isEmpty()) {
      String why = "promtool not found ($PROMTOOL, $PATH, /usr/bin/promtool)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + "; it is required when CI=true");
      }
      Assumptions.abort(why + "; skipping (set CI=true to make this a failure)");
    }
    return new PromTool(found.get());
  }

  static Optional<Path> locate() {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("PROMTOOL");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isBlank()) {
          candidates.add(Path.of(dir, "promtool"));
        }
      }
    }
    candidates.add(Path.of("/usr/bin/promtool"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
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
          new ProcessBuilder(command).redirectErrorStream(true).redirectInput(input.toFile()).start();
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
   * {@code promtool check metrics}: the exposition must parse, and every lint problem reported
   * must be one of {@code acceptedLintProblems} (exact lines, e.g. for names a contract fixes).
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
