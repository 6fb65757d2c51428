package org.wealtharena.training.evaluation;

/**
 * The figures an evaluation reports over its episodes, with the column names the reports use: the
 * mean episode reward, the annualised {@linkplain org.wealtharena.coordination.EpisodeSharpe Sharpe
 * ratio} of the episode returns, the win rate (share of episodes with positive PnL), the total
 * return (mean episode return) and the coordination value (team PnL minus the agents' PnL trading
 * alone, dollars per episode).
 */
public enum EvaluationMetric {
  REWARD("reward"),
  SHARPE("sharpe"),
  WIN_RATE("win_rate"),
  TOTAL_RETURN("total_return"),
  COORDINATION_VALUE("coordination_value_dollars");

  private final String label;

  EvaluationMetric(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
