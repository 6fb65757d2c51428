package org.wealtharena.training.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealtharena.training.checkpoint.SampleCheckpoints.KEY;
import static org.wealtharena.training.checkpoint.SampleCheckpoints.assertBitIdentical;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.metrics.testing.ChildJvm;

/**
 * A writer killed with SIGKILL in the middle of its loop never leaves the directory without a valid
 * checkpoint.
 */
class CheckpointKillTest {

  /**
   * What the child writes, relabelled with each iteration: a few megabytes, so a kill tends to land
   * mid-write.
   */
  static Checkpoint content() {
    return SampleCheckpoints.sample(7, 50_000);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aKilledWriterLeavesAValidLatestCheckpoint(@TempDir Path directory) throws Exception {
    Path stderr = directory.resolve("child-stderr.txt");
    Path checkpoints = directory.resolve("checkpoints");
    Process child =
        ChildJvm.of(CheckpointWriterProcess.class, checkpoints.toString())
            .redirectError(stderr.toFile())
            .start();
    String firstLine;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      firstLine = out.readLine();
      // destroyForcibly is SIGKILL on POSIX: no shutdown hooks, no finally blocks run
      child.destroyForcibly();
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child exited").isTrue();
    assertThat(firstLine)
        .as("first line of the child; its stderr: %s", Files.readString(stderr))
        .matches("saved \\d+");

    CheckpointStore store = new CheckpointStore(checkpoints, 2);
    Checkpoint latest = store.latestValid(KEY).orElseThrow();
    assertThat(latest.iteration()).isPositive();
    assertBitIdentical(latest, SampleCheckpoints.atIteration(content(), latest.iteration()));
    // stronger than "some valid checkpoint": no checkpoint file at all was left half-written
    for (Path file : store.files()) {
      assertThat(CheckpointStore.read(file, KEY).iteration()).isPositive();
    }
  }
}
