package org.wealtharena.cluster;

import org.apache.spark.Success$;
import org.apache.spark.TaskEndReason;
import org.apache.spark.TaskKilled;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.RolloutTaskStatus;

/**
 * Counts, on the driver, every task attempt of the engine's jobs as it ends: its status and wall
 * time ({@code multi_agent_rollout_tasks_total}, {@code
 * multi_agent_rollout_task_duration_seconds}). A retried task counts once per attempt.
 */
final class RolloutTaskListener extends SparkListener {

  private final MultiAgentMetrics metrics;

  RolloutTaskListener(MultiAgentMetrics metrics) {
    this.metrics = metrics;
    metrics.initializeRolloutTasks();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    metrics.recordRolloutTask(status(taskEnd.reason()), taskEnd.taskInfo().duration() / 1e3);
  }

  static RolloutTaskStatus status(TaskEndReason reason) {
    if (reason == Success$.MODULE$) {
      return RolloutTaskStatus.SUCCESS;
    }
    return reason instanceof TaskKilled ? RolloutTaskStatus.KILLED : RolloutTaskStatus.FAILED;
  }
}
