package org.wealtharena.cli;

/**
 * A failure the user can act on (bad option value, bad file, port taken). {@link Main} prints its
 * message as one line on stderr, without a stack trace, and exits with {@link #exitCode()}.
 */
public final class CliException extends RuntimeException {

  /** Exit code for bad usage, bad input and resources that cannot be had (e.g. a taken port). */
  public static final int USAGE = 2;

  /** Exit code when the request was already satisfied, e.g. resuming a run that had finished. */
  public static final int NOTHING_TO_DO = 0;

  private final int exitCode;

  public CliException(String message) {
    this(message, USAGE, null);
  }

  public CliException(String message, Throwable cause) {
    this(message, USAGE, cause);
  }

  public CliException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
