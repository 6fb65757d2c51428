package org.wealtharena.training.evaluation;

import java.util.function.ToDoubleFunction;

/** The per-episode quantities an evaluation reports, with the column names the reports use. */
public enum EvaluationMetric {
  REWARD("reward", EpisodeResult::reward),
  SHARPE("sharpe", EpisodeResult::sharpe),
  WIN_RATE("win_rate", EpisodeResult::winRate),
  TOTAL_RETURN("total_return", EpisodeResult::totalReturn);

  private final String label;
  private final ToDoubleFunction<EpisodeResult> value;

  EvaluationMetric(String label, ToDoubleFunction<EpisodeResult> value) {
    this.label = label;
    this.value = value;
  }

  public String label() {
    return label;
  }

  public double of(EpisodeResult episode) {
    return value.applyAsDouble(episode);
  }
}
