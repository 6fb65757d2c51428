package org.wealtharena.metrics;

import java.util.Locale;

/**
 * Lifecycle status of a training run ({@code status} label of {@code
 * multi_agent_training_runs_total}).
 */
public enum RunStatus implements LabelValue {
  STARTED,
  COMPLETED,
  FAILED,
  /** Stopped from outside (SIGINT, SIGTERM) before it finished. */
  INTERRUPTED;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
