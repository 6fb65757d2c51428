package org.wealtharena.metrics;

import java.util.Locale;

/**
 * Checks the risk manager runs: pre-trade (position, notional, rate, buying power) and post-trade
 * (drawdown, VaR, exposure, session loss).
 */
public enum RiskCheckType implements LabelValue {
  POSITION_LIMIT,
  ORDER_NOTIONAL,
  ORDER_RATE,
  DRAWDOWN,
  VAR_LIMIT,
  EXPOSURE,
  BUYING_POWER,
  SESSION_LOSS;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
