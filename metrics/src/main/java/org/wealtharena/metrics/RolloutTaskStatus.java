package org.wealtharena.metrics;

import java.util.Locale;

/**
 * How a rollout task (episodes run on a cluster executor) ended ({@code status} label of {@code
 * multi_agent_rollout_tasks_total}).
 */
public enum RolloutTaskStatus implements LabelValue {
  SUCCESS,
  /** The task or its executor failed; the cluster runs it again, up to its limit. */
  FAILED,
  /** The cluster stopped the task (the job was cancelled, or a speculative copy won). */
  KILLED;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
