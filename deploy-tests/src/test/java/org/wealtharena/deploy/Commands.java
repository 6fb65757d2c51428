package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Prometheus programs the deploy tests use, found with {@link
 * org.wealtharena.metrics.testing.Binaries#require(String)}.
 */
final class Commands {

  private Commands() {}

  /** Exit code and merged stdout/stderr of a finished command. */
  record Result(List<String> command, int exitCode, String output) {
    String describe() {
      return String.join(" ", command) + "\nexit code " + exitCode + ", output:\n" + output;
    }
  }

  /**
   * Runs {@code command} in {@code workingDir} and waits at most {@code timeoutSeconds}. Output
   * goes to a file, not a pipe, so a chatty process can never block on a full pipe.
   */
  static Result run(Path workingDir, long timeoutSeconds, List<String> command) {
    Path log = null;
    try {
      log = Files.createTempFile("deploy-test", ".log");
      Process process =
          new ProcessBuilder(command)
              .directory(workingDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail(
            String.join(" ", command)
                + " did not finish within "
                + timeoutSeconds
                + " s; output:\n"
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
