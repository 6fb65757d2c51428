package org.wealtharena.metrics;

import java.util.Locale;

/** What made a portfolio optimiser rebalance. */
public enum RebalanceTrigger implements LabelValue {
  SCHEDULED,
  DRIFT,
  RISK;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
