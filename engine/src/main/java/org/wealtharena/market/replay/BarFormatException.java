package org.wealtharena.market.replay;

/** A bar file that cannot be used; the message is {@code file:line: what is wrong}. */
public final class BarFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;

  public BarFormatException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
