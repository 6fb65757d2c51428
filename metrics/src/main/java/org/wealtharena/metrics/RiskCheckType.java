package org.wealtharena.metrics;

import java.util.Locale;

/** Checks the risk manager runs: pre-trade (position, notional, rate) and post-trade. */
public enum RiskCheckType implements LabelValue {
  POSITION_LIMIT,
  ORDER_NOTIONAL,
  ORDER_RATE,
  DRAWDOWN,
  VAR_LIMIT,
  EXPOSURE;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
