package org.wealtharena.training.checkpoint;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CheckpointKillTest}: saves large checkpoints into the directory
 * given as the argument, forever, printing "saved N" after each one, until it is killed.
 */
public final class CheckpointWriterProcess {

  private CheckpointWriterProcess() {}

  public static void main(String[] args) throws IOException {
    Checkpoint content = CheckpointKillTest.content();
    CheckpointStore store = new CheckpointStore(Path.of(args[0]), 2);
    for (int iteration = 1; ; iteration++) {
      // same content every time, so the child spends its time writing rather than generating
      store.save(SampleCheckpoints.atIteration(content, iteration));
      System.out.println("saved " + iteration);
      System.out.flush();
    }
  }
}
