package org.wealtharena.metrics;

import java.util.Locale;

/**
 * The {@code state} label of {@code risk_trading_state}: what the risk manager lets an agent do.
 */
public enum RiskTradingState implements LabelValue {
  ACTIVE,
  REDUCING,
  HALTED;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
