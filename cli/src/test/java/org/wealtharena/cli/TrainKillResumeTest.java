package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.metrics.testing.ChildJvm;
import org.wealtharena.training.checkpoint.Checkpoint;
import org.wealtharena.training.checkpoint.CheckpointStore;
import org.wealtharena.training.ppo.PpoSnapshot;

/**
 * A {@code train} process killed with SIGKILL after its second checkpoint, then resumed with {@code
 * --resume}, ends with the very policy an uninterrupted run of the same settings ends with; a
 * multi-seed one killed in its second run ends with the very summary and evaluation.
 */
class TrainKillResumeTest {

  private static final int ITERATIONS = 4;
  private static final long CHECKPOINT_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(60);
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

  @TempDir Path directory;

  /** The same settings for every run; 10-minute episodes so an iteration outlasts the kill. */
  private List<String> trainArgs(Path output) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "train",
                "--config",
                TinyTraining.config(directory, "10m").toString(),
                "--seed",
                "5",
                "--threads",
                "2",
                "--iterations",
                String.valueOf(ITERATIONS),
                "--checkpoint-every",
                "1",
                "--output",
                output.toString()));
    args.addAll(List.of(CliRun.FREE_PORTS));
    return args;
  }

  private static Checkpoint lastCheckpoint(Path output) throws IOException {
    return CheckpointStore.read(
        new CheckpointStore(output.resolve("checkpoints"), ITERATIONS).files().get(0));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aRunKilledAfterItsSecondCheckpointResumesToTheUninterruptedPolicy() throws Exception {
    Path killed = directory.resolve("killed");
    Path secondCheckpoint = killed.resolve("checkpoints").resolve("checkpoint-000002.bin");
    Process child =
        ChildJvm.of(Main.class, trainArgs(killed))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(directory.resolve("child-stderr.txt").toFile())
            .start();
    long deadline = System.nanoTime() + CHECKPOINT_DEADLINE_NANOS;
    try {
      while (!Files.exists(secondCheckpoint) && child.isAlive() && System.nanoTime() < deadline) {
        LockSupport.parkNanos(
            POLL_NANOS); // polls the condition; a spin would take a core from the child
      }
    } finally {
      child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks run
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child exited").isTrue();
    assertThat(secondCheckpoint)
        .as("child stderr: %s", Files.readString(directory.resolve("child-stderr.txt")))
        .exists();
    assertThat(killed.resolve("summary.json"))
        .as("the child was killed before it finished")
        .doesNotExist();
    assertThat(lastCheckpoint(killed).iteration()).isLessThan(ITERATIONS);

    List<String> resume = trainArgs(killed);
    resume.add("--resume");
    CliRun resumed = CliRun.of(resume.toArray(String[]::new));
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    Path uninterrupted = directory.resolve("uninterrupted");
    CliRun straight = CliRun.of(trainArgs(uninterrupted).toArray(String[]::new));
    assertThat(straight.exitCode()).as(straight.err()).isZero();

    Checkpoint resumedEnd = lastCheckpoint(killed);
    Checkpoint straightEnd = lastCheckpoint(uninterrupted);
    assertThat(resumedEnd.iteration()).isEqualTo(ITERATIONS);
    assertThat(straightEnd.iteration()).isEqualTo(ITERATIONS);
    assertThat(resumedEnd.policies().keySet())
        .isNotEmpty()
        .containsExactlyElementsOf(straightEnd.policies().keySet());
    for (Map.Entry<String, PpoSnapshot> policy : straightEnd.policies().entrySet()) {
      assertThat(rawBits(resumedEnd.policies().get(policy.getKey()).parameters()))
          .as(policy.getKey())
          .containsExactly(rawBits(policy.getValue().parameters()));
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aMultiSeedRunKilledInItsSecondRunResumesToTheUninterruptedResults() throws Exception {
    Path killed = directory.resolve("killed-seeds");
    Path secondRunsCheckpoint =
        killed.resolve("run-1").resolve("checkpoints").resolve("checkpoint-000001.bin");
    List<String> args = trainArgs(killed);
    args.addAll(List.of("--seeds", "2", "--json"));
    Process child =
        ChildJvm.of(Main.class, args)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(directory.resolve("child-seeds-stderr.txt").toFile())
            .start();
    long deadline = System.nanoTime() + 3 * CHECKPOINT_DEADLINE_NANOS;
    try {
      while (!Files.exists(secondRunsCheckpoint)
          && child.isAlive()
          && System.nanoTime() < deadline) {
        LockSupport.parkNanos(POLL_NANOS);
      }
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child exited").isTrue();
    assertThat(secondRunsCheckpoint)
        .as("child stderr: %s", Files.readString(directory.resolve("child-seeds-stderr.txt")))
        .exists();
    assertThat(killed.resolve("summary.json"))
        .as("the child was killed before it finished")
        .doesNotExist();

    List<String> resume = new ArrayList<>(args);
    resume.add("--resume");
    CliRun resumed = CliRun.of(resume.toArray(String[]::new));
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    List<String> straightArgs = trainArgs(directory.resolve("uninterrupted-seeds"));
    straightArgs.addAll(List.of("--seeds", "2", "--json"));
    CliRun straight = CliRun.of(straightArgs.toArray(String[]::new));
    assertThat(straight.exitCode()).as(straight.err()).isZero();

    assertThat(resumed.json().get("runs").get(1).get("firstIteration").asInt())
        .as("run 1 resumed after its checkpoint")
        .isGreaterThan(1);
    assertThat(NormalisedJson.of(resumed.json())).isEqualTo(NormalisedJson.of(straight.json()));
  }

  private static long[] rawBits(double[] values) {
    long[] bits = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      bits[i] = Double.doubleToRawLongBits(values[i]);
    }
    return bits;
  }
}
