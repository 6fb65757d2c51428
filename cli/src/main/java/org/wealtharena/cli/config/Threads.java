package org.wealtharena.cli.config;

/** {@code --threads}, the one default of every command that runs episodes in parallel. */
public final class Threads {

  /** One per available processor; results do not depend on the thread count. */
  public static final int DEFAULT = Runtime.getRuntime().availableProcessors();

  /** How help texts name {@link #DEFAULT}, which depends on the machine. */
  public static final String DEFAULT_TEXT = "available processors";

  private Threads() {}
}
