package org.wealtharena.metrics.testing;

import java.util.List;
import java.util.stream.Stream;

/**
 * Spark's own metrics as the job {@value #JOB} scrapes them from a driver of {@code --engine spark}
 * (deploy/prometheus, the multi-agent dashboard's Spark row): the two paths on the driver's web UI
 * port and the series the dashboard reads, typed in from what a Spark 4.1.1 driver with our
 * configuration served. The cluster tests check that a driver serves them; the deploy tests, that
 * the shipped files ask for nothing else.
 */
public final class SparkSeries {

  public static final String JOB = "wealtharena_spark";

  /** Every executor's tasks, cores and memory ({@code spark.ui.prometheus.enabled}). */
  public static final String EXECUTORS_PATH = "/metrics/executors/prometheus";

  /** The driver's metrics system (Spark's PrometheusServlet; the bare path redirects here). */
  public static final String DRIVER_PATH = "/metrics/prometheus/";

  /** Served at {@link #EXECUTORS_PATH}, labelled application_id, application_name, executor_id. */
  public static final List<String> EXECUTORS =
      List.of(
          "metrics_executor_totalCores",
          "metrics_executor_activeTasks",
          "metrics_executor_completedTasks_total",
          "metrics_executor_failedTasks_total",
          "metrics_executor_memoryUsed_bytes");

  /**
   * Served at {@link #DRIVER_PATH}, named after {@code spark.metrics.namespace} (ours: wealtharena)
   * and the application status source.
   */
  public static final List<String> DRIVER =
      List.of(
          "metrics_wealtharena_driver_appStatus_tasks_completedTasks_Count",
          "metrics_wealtharena_driver_appStatus_tasks_failedTasks_Count",
          "metrics_wealtharena_driver_appStatus_tasks_killedTasks_Count",
          "metrics_wealtharena_driver_appStatus_jobs_failedJobs_Count");

  private SparkSeries() {}

  /** Both lists. */
  public static List<String> all() {
    return Stream.concat(EXECUTORS.stream(), DRIVER.stream()).toList();
  }
}
