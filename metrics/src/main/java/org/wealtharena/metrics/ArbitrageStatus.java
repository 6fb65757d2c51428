package org.wealtharena.metrics;

import java.util.Locale;

/** Outcome of an arbitrage execution: both legs, one leg (then unwound), none. */
public enum ArbitrageStatus implements LabelValue {
  SUCCESS,
  PARTIAL,
  FAILED;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
