package org.wealtharena.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;

/** Child JVMs on the test's class path with the module options Spark needs on Java 17. */
final class SparkJvm {

  private SparkJvm() {}

  static String classPath() {
    return System.getProperty("java.class.path");
  }

  /** {@code java <Spark's module options> <jvmOptions> -cp <test class path> main args}. */
  static ProcessBuilder of(List<String> jvmOptions, String main, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath());
    command.add(main);
    command.addAll(args);
    return new ProcessBuilder(command);
  }
}
