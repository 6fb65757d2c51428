package org.wealtharena.metrics.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class in a child JVM on the calling test's class path: for tests that must send a
 * process a real SIGTERM or SIGKILL, or read what it prints before it exits.
 */
public final class ChildJvm {

  private ChildJvm() {}

  /** A builder for {@code java -cp <the test's class path> <main> <args...>}, not yet started. */
  public static ProcessBuilder of(Class<?> main, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    return new ProcessBuilder(command);
  }

  public static ProcessBuilder of(Class<?> main, String... args) {
    return of(main, List.of(args));
  }
}
