package org.wealtharena.agents.portfolio.rebalance;

/** Why a rebalance happened; {@link #label()} is the metrics label {@code trigger}. */
public enum RebalanceTrigger {
  SCHEDULED("scheduled"),
  DRIFT("drift"),
  RISK("risk");

  private final String label;

  RebalanceTrigger(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
