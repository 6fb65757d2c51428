package org.wealtharena.metrics;

import java.util.Locale;

/**
 * What a {@code risk_limits} series limits. The first five carry the label value of the {@link
 * ExposureType} they limit and are in dollars; {@link #POSITION} is in shares, {@link
 * #ORDER_NOTIONAL} in dollars, {@link #ORDER_RATE} in orders per second.
 */
public enum RiskLimitType implements LabelValue {
  GROSS,
  NET,
  VAR_95,
  DRAWDOWN,
  SESSION_LOSS,
  POSITION,
  ORDER_NOTIONAL,
  ORDER_RATE;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
