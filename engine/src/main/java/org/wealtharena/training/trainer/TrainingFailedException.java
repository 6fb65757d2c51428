package org.wealtharena.training.trainer;

/**
 * A run that cannot go on: every episode of an iteration failed, a checkpoint could not be written,
 * or the training thread was interrupted.
 */
public final class TrainingFailedException extends Exception {

  public TrainingFailedException(String message, Throwable cause) {
    super(
        cause == null || cause.getMessage() == null ? message : message + ": " + cause.getMessage(),
        cause);
  }
}
