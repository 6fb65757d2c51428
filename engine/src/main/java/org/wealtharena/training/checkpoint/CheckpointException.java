package org.wealtharena.training.checkpoint;

import java.io.IOException;
import java.nio.file.Path;

/** A checkpoint file that cannot be used; the message names the file and what is wrong with it. */
public class CheckpointException extends IOException {

  private final transient Path file;

  public CheckpointException(Path file, String problem) {
    super("checkpoint " + file + " " + problem);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
