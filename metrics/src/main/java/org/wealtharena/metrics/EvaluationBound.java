package org.wealtharena.metrics;

/** Which number of a held-out evaluation ({@code bound} label of multi_agent_evaluation_reward). */
public enum EvaluationBound implements LabelValue {
  MEAN("mean"),
  LOWER("lower"),
  UPPER("upper");

  private final String label;

  EvaluationBound(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
