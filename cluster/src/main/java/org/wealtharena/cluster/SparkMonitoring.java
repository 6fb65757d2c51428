package org.wealtharena.cluster;

import org.apache.spark.SparkConf;

/**
 * Our defaults for Spark's own metrics, applied unless the configuration says otherwise, so that
 * Prometheus can scrape them from the driver's web UI port ({@code spark.ui.port}, 4040) as the job
 * {@code wealtharena_spark} (deploy/prometheus) and the multi-agent dashboard's Spark row can name
 * them:
 *
 * <ul>
 *   <li>{@code spark.ui.prometheus.enabled=true}: {@value #EXECUTORS_PATH} serves every executor's
 *       tasks (active, completed, failed), cores and memory, {@code metrics_executor_*} labelled
 *       {@code application_id, application_name, executor_id};
 *   <li>Spark's PrometheusServlet on the driver at {@value #DRIVER_PATH}: the driver's metrics
 *       system, including the application status source ({@code
 *       spark.metrics.appStatusSource.enabled=true}: jobs, stages and tasks that succeeded, failed
 *       or were killed);
 *   <li>{@code spark.metrics.namespace=}{@value #NAMESPACE}: the driver's series are named {@code
 *       metrics_wealtharena_driver_*} instead of after the application id, which changes with every
 *       run.
 * </ul>
 *
 * Both need the web UI ({@code spark.ui.enabled}, on by default), which authenticates nobody: see
 * the README's Scale-out section.
 */
final class SparkMonitoring {

  static final String EXECUTORS_PATH = "/metrics/executors/prometheus";
  static final String DRIVER_PATH = "/metrics/prometheus";
  static final String NAMESPACE = "wealtharena";

  private static final String DRIVER_SERVLET = "spark.metrics.conf.driver.sink.prometheusServlet.";

  private SparkMonitoring() {}

  static SparkConf apply(SparkConf conf) {
    conf.setIfMissing("spark.ui.prometheus.enabled", "true");
    conf.setIfMissing("spark.metrics.appStatusSource.enabled", "true");
    conf.setIfMissing("spark.metrics.namespace", NAMESPACE);
    conf.setIfMissing(DRIVER_SERVLET + "class", "org.apache.spark.metrics.sink.PrometheusServlet");
    conf.setIfMissing(DRIVER_SERVLET + "path", DRIVER_PATH);
    return conf;
  }
}
