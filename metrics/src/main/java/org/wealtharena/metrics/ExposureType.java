package org.wealtharena.metrics;

import java.util.Locale;

/**
 * What a {@code risk_exposure} series measures, every one in dollars; each has a limit of the same
 * label value in {@code risk_limits} ({@link RiskLimitType}).
 */
public enum ExposureType implements LabelValue {
  GROSS,
  NET,
  VAR_95,
  DRAWDOWN,
  SESSION_LOSS;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
