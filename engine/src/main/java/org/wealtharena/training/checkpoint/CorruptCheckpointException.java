package org.wealtharena.training.checkpoint;

import java.nio.file.Path;

/** The file is not an intact checkpoint: truncated, bit-flipped, or not a checkpoint at all. */
public final class CorruptCheckpointException extends CheckpointException {

  public CorruptCheckpointException(Path file, String problem) {
    super(file, problem);
  }
}
