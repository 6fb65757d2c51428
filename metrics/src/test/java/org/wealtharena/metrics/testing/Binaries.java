package org.wealtharena.metrics.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the external programs the end-to-end tests run ({@code promtool}, {@code prometheus},
 * {@code prometheus-pushgateway}): first the environment variable named after the program (upper
 * case, '-' as '_', e.g. {@code $PROMETHEUS_PUSHGATEWAY}), then {@code $PATH}, then {@code
 * /usr/bin}. When one is missing the calling test is skipped, except under {@code CI=true}, where
 * it fails: CI must not pass by skipping.
 */
public final class Binaries {

  private Binaries() {}

  /** The program's path; skips (or, under CI, fails) the calling test when there is none. */
  public static Path require(String name) {
    Optional<Path> found = locate(name);
    if (found.isEmpty()) {
      String why = name + " not found ($" + variable(name) + ", $PATH, /usr/bin)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + "; it is required when CI=true");
      }
      Assumptions.abort(why + "; skipping (set CI=true to make this a failure)");
    }
    return found.get();
  }

  public static Optional<Path> locate(String name) {
    List<Path> candidates = new ArrayList<>();
    String override = System.getenv(variable(name));
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
    return candidates.stream()
        .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
        .findFirst();
  }

  static String variable(String name) {
    return name.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
