package org.wealtharena.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real Spark standalone cluster on 127.0.0.1: one master and two one-core workers, each a JVM of
 * its own, whose executors run in JVMs of their own; authentication and RPC encryption on, with the
 * secret in a properties file only the owner can read (never on a command line). The Spark home the
 * workers need holds links to the test's own Spark jars.
 */
final class LoopbackCluster implements AutoCloseable {

  /** Longest wait for a daemon to say it is up: generous, the machine is shared. */
  private static final Duration STARTUP = Duration.ofMinutes(2);

  private final Path home;
  private final String secret;
  private final int masterPort;
  private final List<Daemon> daemons = new ArrayList<>();

  /** A daemon JVM and every line it printed so far (stdout and stderr together). */
  static final class Daemon {
    final Process process;
    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    Daemon(Process process) {
      this.process = process;
      Thread pump =
          new Thread(
              () -> {
                try (BufferedReader reader =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    add(line);
                  }
                } catch (IOException e) {
                  // the process is gone; what it said so far stays
                } finally {
                  end();
                }
              },
              "spark-daemon-output");
      pump.setDaemon(true);
      pump.start();
    }

    private synchronized void add(String line) {
      lines.add(line);
      notifyAll();
    }

    private synchronized void end() {
      ended = true;
      notifyAll();
    }

    /** Waits until a line matches; fails when the process ends or the time is up first. */
    synchronized void await(Predicate<String> line, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (lines.stream().noneMatch(line)) {
        long left = deadline - System.nanoTime();
        if (ended || left <= 0) {
          throw new IllegalStateException(
              "a Spark daemon did not get ready; it said:\n" + String.join("\n", lines));
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }

    synchronized String output() {
      return String.join("\n", lines);
    }
  }

  LoopbackCluster(Path directory, String secret) throws IOException, InterruptedException {
    this.secret = secret;
    this.home = Files.createDirectories(directory.resolve("spark-home"));
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (String entry : SparkJvm.classPath().split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (entry.endsWith(".jar") && !Files.exists(jars.resolve(jar.getFileName()))) {
        Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
      }
    }
    this.masterPort = Scraped.freePort();
    try {
      Daemon master =
          start(
              "org.apache.spark.deploy.master.Master",
              "--host",
              "127.0.0.1",
              "--port",
              String.valueOf(masterPort),
              "--webui-port",
              String.valueOf(Scraped.freePort()));
      master.await(l -> l.contains("I have been elected leader"), STARTUP);
      for (int worker = 1; worker <= 2; worker++) {
        Daemon started =
            start(
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                "127.0.0.1",
                "--webui-port",
                String.valueOf(Scraped.freePort()),
                "--cores",
                "1",
                "--memory",
                "640m",
                "--work-dir",
                Files.createDirectories(directory.resolve("work-" + worker)).toString(),
                masterUrl());
        started.await(l -> l.contains("Successfully registered with master"), STARTUP);
      }
    } catch (RuntimeException | IOException | InterruptedException e) {
      close();
      throw e;
    }
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /** The driver-side Spark settings for this cluster (the secret goes in the environment). */
  List<String> driverProperties() {
    return List.of(
        "-Dspark.master=" + masterUrl(),
        "-Dspark.executor.memory=512m",
        "-Dspark.executor.cores=1",
        // executors run the test's classes: engine, cli and this module (directories included)
        "-Dspark.executor.extraClassPath=" + SparkJvm.classPath());
  }

  Map<String, String> driverEnvironment(String secretToUse) {
    return Map.of(ClusterSecurity.SECRET_VARIABLE, secretToUse);
  }

  /**
   * The executor JVMs the workers run now: those whose class path holds this cluster's Spark home
   * (found among all processes: a worker may have handed the launch to a shell).
   */
  List<ProcessHandle> executors() {
    String ours = home.toString();
    return ProcessHandle.allProcesses()
        .filter(
            p -> {
              String command = commandLine(p);
              return command.contains("CoarseGrainedExecutorBackend") && command.contains(ours);
            })
        .toList();
  }

  /** The executor JVM of Spark executor {@code id}, if it runs. */
  Optional<ProcessHandle> executor(String id) {
    return executors().stream()
        .filter(p -> commandLine(p).contains(" --executor-id " + id + " "))
        .findFirst();
  }

  /**
   * The process's arguments joined by spaces, read from /proc: the JDK's own view cuts long command
   * lines, and an executor's class path is long.
   */
  private static String commandLine(ProcessHandle process) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
      return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
    } catch (IOException e) {
      return ""; // the process is gone
    }
  }

  /** How many executors the workers launched so far, for every application. */
  long executorsLaunched() {
    return daemonOutput().lines().filter(l -> l.contains("Launching executor app-")).count();
  }

  String daemonOutput() {
    StringBuilder all = new StringBuilder();
    daemons.forEach(d -> all.append(d.output()).append('\n'));
    return all.toString();
  }

  private Daemon start(String main, String... args) throws IOException {
    Path properties = home.resolve("cluster.properties");
    if (!Files.exists(properties)) {
      Files.createFile(
          properties,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(
          properties,
          ClusterSecurity.AUTHENTICATE
              + "=true\n"
              + ClusterSecurity.SECRET
              + "="
              + secret
              + "\n"
              + ClusterSecurity.ENCRYPTION
              + "=true\n"
              // the REST submission server authenticates nobody: off, as Spark demands with a
              // secret
              + "spark.master.rest.enabled=false\n");
    }
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--properties-file", properties.toString()));
    ProcessBuilder builder = SparkJvm.of(List.of("-Xmx256m"), main, all);
    builder.environment().put("SPARK_HOME", home.toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.redirectErrorStream(true);
    Daemon daemon = new Daemon(builder.start());
    daemons.add(daemon);
    return daemon;
  }

  @Override
  public void close() {
    for (Daemon daemon : daemons) {
      daemon.process.descendants().forEach(ProcessHandle::destroyForcibly);
      daemon.process.destroyForcibly();
    }
    for (Daemon daemon : daemons) {
      try {
        daemon.process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
