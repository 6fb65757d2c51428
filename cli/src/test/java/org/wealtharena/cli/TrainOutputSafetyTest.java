package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.metrics.testing.ChildJvm;
import org.wealtharena.training.checkpoint.AtomicFiles;
import org.wealtharena.training.checkpoint.CheckpointStore;

/** What train does with an output directory that is in use, empty, damaged or already finished. */
class TrainOutputSafetyTest {

  @TempDir Path directory;

  private List<String> tinyTrain(Path output, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "train",
                "--config",
                TinyTraining.config(directory, "1m").toString(),
                "--iterations",
                "1",
                "--output",
                output.toString()));
    args.addAll(List.of(CliRun.FREE_PORTS));
    args.addAll(List.of(more));
    return args;
  }

  private CliRun train(Path output, String... more) throws IOException {
    return CliRun.of(tinyTrain(output, more).toArray(String[]::new));
  }

  private static void assertOneLineError(CliRun run, String... fragments) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).startsWith("wealtharena: ").contains(fragments);
  }

  @Test
  void resumeWithNothingToResumeIsRefused() throws IOException {
    Path missing = directory.resolve("mistyped");
    assertOneLineError(train(missing, "--resume"), "nothing to resume in " + missing);
    assertThat(missing).doesNotExist();

    Path empty = Files.createDirectories(directory.resolve("empty"));
    assertOneLineError(train(empty, "--resume"), "nothing to resume in ", "no checkpoint-");
  }

  @Test
  void resumeWithEveryCheckpointCorruptNamesEachFile() throws IOException {
    Path output = directory.resolve("run");
    CheckpointStore store = new CheckpointStore(output.resolve("checkpoints"), 5);
    Files.createDirectories(store.directory());
    Files.write(store.fileFor(1), new byte[0]);
    Files.writeString(store.fileFor(2), "not a checkpoint");

    CliRun run = train(output, "--resume");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    String error = run.err().lines().filter(l -> l.startsWith("wealtharena: ")).findFirst().get();
    assertThat(error)
        .contains("holds no intact checkpoint")
        .contains(store.fileFor(1).toString())
        .contains(store.fileFor(2).toString());
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void resumingAFinishedRunSaysSoAndChangesNothing() throws IOException {
    Path output = directory.resolve("run");
    CliRun finished = train(output, "--json");
    assertThat(finished.exitCode()).as(finished.err()).isZero();
    Path summary = output.resolve("summary.json");
    byte[] before = Files.readAllBytes(summary);
    long modified = Files.getLastModifiedTime(summary).toMillis();

    CliRun again = train(output, "--resume", "--json");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("already finished (iteration 1 of 1); nothing to resume");
    assertThat(again.out()).isEmpty();
    assertThat(Files.readAllBytes(summary)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(summary).toMillis()).isEqualTo(modified);
  }

  @Test
  void aRefusedResumeNamesEachSettingThatDiffersWithBothValues() throws IOException {
    Path output = directory.resolve("run");
    CliRun first = train(output, "--seed", "3");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Path other = Files.createDirectories(directory.resolve("other"));
    Path fasterLearning = TinyTraining.config(other, "1m");
    Files.writeString(
        fasterLearning, Files.readString(fasterLearning) + "ppo:\n  learningRate: 1.0e-3\n");
    List<String> args = CliRun.withFreePorts("train", "--config", fasterLearning.toString());
    args.addAll(
        List.of("--iterations", "2", "--output", output.toString(), "--resume", "--seed", "5"));

    assertOneLineError(
        CliRun.of(args.toArray(String[]::new)),
        "--resume: checkpoint " + output.resolve("checkpoints"),
        " was written with seed 3, this run has seed 5;"
            + " ppo.optimizer.learningRate 0.003 vs 0.001;");
  }

  /** Two real processes on one folder, both lingering: exactly one runs, the other is refused. */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void twoTrainProcessesOnOneFolderOneIsRefusedNamingTheHolder() throws Exception {
    Path output = directory.resolve("shared");
    Process first = start(output, "first");
    Process second = start(output, "second");
    try {
      // the refused one exits at once; the one that runs lingers until it is told to stop
      Process refused = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (refused == null && System.nanoTime() < deadline) {
        if (first.waitFor(100, TimeUnit.MILLISECONDS)) {
          refused = first;
        } else if (!second.isAlive()) {
          refused = second;
        }
      }
      assertThat(refused).as("one of the two runs was refused").isNotNull();
      Process running = refused == first ? second : first;
      String name = refused == first ? "first" : "second";
      String err = Files.readString(directory.resolve(name + ".err"));
      assertThat(refused.exitValue()).as(err).isEqualTo(2);
      assertThat(err.strip().lines()).as(err).hasSize(1);
      assertThat(err)
          .contains("output directory " + output + " is in use by another run (pid ")
          .contains("pid " + running.pid() + ")");
      assertThat(running.isAlive()).as("the other run goes on").isTrue();
    } finally {
      first.destroy(); // SIGTERM ends a lingering run with exit 0
      second.destroy();
      first.waitFor(30, TimeUnit.SECONDS);
      second.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /**
   * SIGKILLs runs at times spread over the end of a run, where the reports are written: whatever is
   * left is a whole report or none, never an empty or truncated one.
   */
  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void aKillWhileReportsAreWrittenLeavesNoPartialReport() throws Exception {
    long start = System.nanoTime();
    Process whole = start(directory.resolve("whole"), "whole", false);
    assertThat(whole.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(whole.exitValue()).isZero();
    long runNanos = System.nanoTime() - start;
    int csvLines = Files.readAllLines(directory.resolve("whole").resolve("evaluation.csv")).size();
    assertReportsWholeOrAbsent(directory.resolve("whole"), csvLines, true);

    int kills = 10;
    for (int k = 0; k < kills; k++) {
      Path output = directory.resolve("killed-" + k);
      Process child = start(output, "killed-" + k, false);
      // from 80 % to 105 % of a whole run's time
      long delay = runNanos * (80 + 25 * k / (kills - 1)) / 100;
      if (!child.waitFor(delay, TimeUnit.NANOSECONDS)) {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
      }
      assertReportsWholeOrAbsent(output, csvLines, false);
    }
  }

  private static void assertReportsWholeOrAbsent(Path output, int csvLines, boolean required)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String report : List.of("evaluation.json", "summary.json")) {
      Path file = output.resolve(report);
      if (required || Files.exists(file)) {
        assertThat(json.readTree(file.toFile()).isObject()).as(file.toString()).isTrue();
      }
    }
    Path csv = output.resolve("evaluation.csv");
    if (required || Files.exists(csv)) {
      assertThat(Files.readAllLines(csv)).as(csv.toString()).hasSize(csvLines);
    }
    if (Files.isDirectory(output)) {
      // a kill during a write may leave its temporary file; the next claim of the folder drops it
      OutputDirectory.claim(output, "hierarchical").close();
      try (Stream<Path> files = Files.list(output)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as("no temporary report file left in " + output)
            .noneMatch(name -> name.endsWith(AtomicFiles.TEMP_SUFFIX));
      }
    }
  }

  private Process start(Path output, String name) throws IOException {
    return start(output, name, true);
  }

  private Process start(Path output, String name, boolean linger) throws IOException {
    return ChildJvm.of(Main.class, linger ? tinyTrain(output, "--linger") : tinyTrain(output))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(directory.resolve(name + ".err").toFile())
        .start();
  }
}
