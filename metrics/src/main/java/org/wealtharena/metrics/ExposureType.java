package org.wealtharena.metrics;

import java.util.Locale;

/** What a {@code risk_exposure} series measures. */
public enum ExposureType implements LabelValue {
  GROSS,
  NET,
  VAR_95,
  DRAWDOWN;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
