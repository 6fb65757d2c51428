package org.wealtharena.metrics;

import java.util.Locale;

/** Actions the risk manager takes. */
public enum RiskAction implements LabelValue {
  REJECT_ORDER,
  REDUCE_POSITION,
  HALT_TRADING,
  RESUME_TRADING;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
