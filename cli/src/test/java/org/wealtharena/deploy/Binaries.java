package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds Prometheus binaries ({@code promtool}, {@code prometheus}) and runs them. A binary is looked
 * up in {@code $PROMTOOL} / {@code $PROMETHEUS} (upper-cased name), then {@code $PATH}, then
 * {@code /usr/bin}. When it is missing, the calling test is skipped, except under {@code CI=true},
 * where it fails: CI must not pass by skipping.
 */
final class Binaries {

  private Binaries() {}

  static Path require(String name) {
    Optional<Path> found = locate(name);
    if (found.isEmpty()) {
      String why = name + " not found ($" + name.toUpperCase(Locale.ROOT) + ", $PATH, /usr/bin)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + "; it is required when CI=true");
      }
      Assumptions.abort(why + "; skipping (set CI=true to make this a failure)");
    }
    return found.get();
  }

  static Optional<Path> locate(String name) {
    List<Path> candidates = new ArrayList<>();
    String override = System.getenv(name.toUpperCase(Locale.ROOT));
    if (override != null && !override.isBlank()) {
      candidates.add(Path.of(override));
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isBlank()) {
          candidates.add(Path.of(dir, name));
        }
      }
    }
    candidates.add(Path.of("/usr/bin", name));
    return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
  }

  /** Exit code and merged stdout/stderr of a finished command. */
  record Result(List<String> command, int exitCode, String output) {
    String describe() {
      return String.join(" ", command) + "\nexit code " + exitCode + ", output:\n" + output;
    }
  }

  /**
   * Runs {@code command} in {@code workingDir} and waits at most {@code timeoutSeconds}. Output goes
   * to a file, not a pipe, so a chatty process can never block on a full pipe.
   */
  static Result run(Path workingDir, long timeoutSeconds, List<String> command) {
    Path log = null;
    try {
      log = Files.createTempFile("deploy-test", ".log");
      Process process = new ProcessBuilder(command)
          .directory(workingDir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s; output:\n"
            + Files.readString(log));
      }
      return new Result(List.copyOf(command), process.exitValue(), Files.readString(log));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + command, e);
    } finally {
      if (log != null) {
        try {
          Files.deleteIfExists(log);
        } catch (IOException ignored) {
          // a leftover temp file is harmless
        }
      }
    }
  }
}
