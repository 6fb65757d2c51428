package org.wealtharena.agents.portfolio.optimization;

/**
 * Which portfolio an optimisation seeks; {@link #label()} is the metrics label {@code
 * optimization_type}.
 */
public enum OptimizationType {
  SHARPE_MAXIMIZATION("sharpe_maximization"),
  MIN_VARIANCE("min_variance"),
  RISK_PARITY("risk_parity");

  private final String label;

  OptimizationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
