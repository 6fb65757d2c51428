package org.wealtharena.market.tape;

import java.nio.file.Path;

/** A tape file that does not follow the schema: the message starts with {@code file:line:}. */
public final class TapeFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TapeFormatException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
