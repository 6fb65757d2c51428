package org.wealtharena.metrics;

/** How long after a fill its markout is taken ({@code horizon} label of market_maker_markout). */
public enum MarkoutHorizon implements LabelValue {
  ONE_SECOND("1s", 1),
  TEN_SECONDS("10s", 10),
  SIXTY_SECONDS("60s", 60);

  private final String label;
  private final long seconds;

  MarkoutHorizon(String label, long seconds) {
    this.label = label;
    this.seconds = seconds;
  }

  @Override
  public String label() {
    return label;
  }

  /** The horizon in seconds. */
  public long seconds() {
    return seconds;
  }
}
