package org.wealtharena.metrics;

import java.util.Locale;

/** Conflicts between agents' intents in the shared market environment. */
public enum ConflictType implements LabelValue {
  SELF_TRADE,
  OPPOSING_ORDERS,
  CAPITAL_OVERSUBSCRIPTION,
  RISK_BUDGET_EXCEEDED;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
