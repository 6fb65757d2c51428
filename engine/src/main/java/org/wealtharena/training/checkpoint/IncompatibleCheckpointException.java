package org.wealtharena.training.checkpoint;

import java.nio.file.Path;

/**
 * An intact checkpoint written by a run this one cannot continue (other coordination or settings).
 */
public final class IncompatibleCheckpointException extends CheckpointException {

  public IncompatibleCheckpointException(Path file, String problem) {
    super(file, problem);
  }
}
