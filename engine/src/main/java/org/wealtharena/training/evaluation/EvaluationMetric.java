package org.wealtharena.training.evaluation;

import java.util.function.ToDoubleFunction;

/** The per-episode quantities an evaluation reports, with the column names the reports use. */
public enum EvaluationMetric {
  REWARD("reward", EpisodeScore::reward),
  SHARPE("sharpe", EpisodeScore::sharpe),
  WIN_RATE("win_rate", EpisodeScore::winRate),
  TOTAL_RETURN("total_return", EpisodeScore::totalReturn);

  private final String label;
  private final ToDoubleFunction<EpisodeScore> value;

  EvaluationMetric(String label, ToDoubleFunction<EpisodeScore> value) {
    this.label = label;
    this.value = value;
  }

  public String label() {
    return label;
  }

  public double of(EpisodeScore episode) {
    return value.applyAsDouble(episode);
  }
}
