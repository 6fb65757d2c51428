package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.prometheus.metrics.exporter.opentelemetry.OpenTelemetryExporter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wealtharena.metrics.testing.Catalog;
import org.wealtharena.metrics.testing.OtlpReceiver;

/**
 * Both endpoints' families leave through the Prometheus client's OpenTelemetry exporter (OTLP/HTTP
 * protobuf) and reach an OTLP receiver with the catalog's type and label names: a counter as a
 * monotonic cumulative sum (named without {@code _total}, the OpenTelemetry way), a gauge as a
 * gauge, a histogram as an exponential histogram while native histograms are on, else with the
 * classic buckets.
 */
class OtlpExportTest {

  private static final String MULTI_AGENT_JOB = "wealtharena_multi_agent_rl";
  private static final String SPECIALIZED_JOB = "wealtharena_specialized_agents";

  @ParameterizedTest(name = "native histograms {0}")
  @ValueSource(booleans = {true, false})
  void everyFamilyOfBothEndpointsArrivesWithItsTypeAndLabels(boolean nativeHistograms)
      throws Exception {
    MetricsOptions options =
        MetricsOptions.builder().strict(true).nativeHistograms(nativeHistograms).build();
    var multiAgent = new MultiAgentMetrics(options);
    var specialized = new SpecializedAgentMetrics(options);
    CatalogConformanceTest.recordEveryFamily(multiAgent);
    CatalogConformanceTest.recordEveryFamily(specialized);

    Map<String, Map<String, Metric>> byService = new HashMap<>();
    try (OtlpReceiver receiver = new OtlpReceiver()) {
      // Closing an exporter makes its final export, so the test needs no export interval.
      exporter(receiver, multiAgent.registry(), MULTI_AGENT_JOB).close();
      collect(receiver.next(30), byService);
      exporter(receiver, specialized.registry(), SPECIALIZED_JOB).close();
      collect(receiver.next(30), byService);
    }

    assertArrive(byService.get(MULTI_AGENT_JOB), Catalog.MULTI_AGENT, nativeHistograms);
    assertArrive(byService.get(SPECIALIZED_JOB), Catalog.SPECIALIZED, nativeHistograms);
  }

  /**
   * The exporter as the guide shows it. OTEL_* environment variables and otel.* system properties
   * would override the builder's endpoint, so the test first makes sure there is none: it must only
   * ever send to its own loopback receiver.
   */
  private static OpenTelemetryExporter exporter(
      OtlpReceiver receiver, PrometheusRegistry registry, String serviceName) {
    assertThat(System.getenv().keySet())
        .as("environment overriding the exporter's endpoint")
        .noneMatch(name -> name.startsWith("OTEL_") || name.startsWith("IO_PROMETHEUS_"));
    assertThat(System.getProperties().stringPropertyNames())
        .as("system properties overriding the exporter's endpoint")
        .noneMatch(name -> name.startsWith("otel.") || name.startsWith("io.prometheus."));
    return OpenTelemetryExporter.builder()
        .registry(registry)
        .protocol("http/protobuf")
        .endpoint(receiver.endpoint())
        .serviceName(serviceName)
        .buildAndStart();
  }

  private static void collect(
      ExportMetricsServiceRequest request, Map<String, Map<String, Metric>> byService) {
    for (ResourceMetrics resource : request.getResourceMetricsList()) {
      String service =
          resource.getResource().getAttributesList().stream()
              .filter(a -> a.getKey().equals("service.name"))
              .map(a -> a.getValue().getStringValue())
              .findFirst()
              .orElse("");
      Map<String, Metric> metrics = byService.computeIfAbsent(service, s -> new HashMap<>());
      for (ScopeMetrics scope : resource.getScopeMetricsList()) {
        for (Metric metric : scope.getMetricsList()) {
          metrics.put(metric.getName(), metric);
        }
      }
    }
  }

  private static void assertArrive(
      Map<String, Metric> received, Map<String, String> catalog, boolean nativeHistograms) {
    assertThat(received).isNotNull();
    catalog.forEach(
        (family, typeAndLabels) -> {
          String[] parts = typeAndLabels.split(" ");
          String type = parts[0];
          Set<String> labels = new TreeSet<>(List.of(parts[1].split(",")));
          String otelName = type.equals("counter") ? family.replaceAll("_total$", "") : family;
          Metric metric = received.get(otelName);
          assertThat(metric).as(family + " as " + otelName).isNotNull();
          switch (type) {
            case "counter" -> {
              assertThat(metric.hasSum()).as(family + " is a sum").isTrue();
              assertThat(metric.getSum().getIsMonotonic()).as(family + " monotonic").isTrue();
              assertThat(metric.getSum().getAggregationTemporality())
                  .isEqualTo(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE);
              metric
                  .getSum()
                  .getDataPointsList()
                  .forEach(p -> assertLabels(family, p.getAttributesList(), labels));
            }
            case "gauge" -> {
              assertThat(metric.hasGauge()).as(family + " is a gauge").isTrue();
              metric
                  .getGauge()
                  .getDataPointsList()
                  .forEach(p -> assertLabels(family, p.getAttributesList(), labels));
            }
            case "histogram" -> {
              if (nativeHistograms) {
                assertThat(metric.hasExponentialHistogram())
                    .as(family + " is an exponential histogram")
                    .isTrue();
                metric
                    .getExponentialHistogram()
                    .getDataPointsList()
                    .forEach(p -> assertLabels(family, p.getAttributesList(), labels));
              } else {
                assertThat(metric.hasHistogram()).as(family + " is a histogram").isTrue();
                metric
                    .getHistogram()
                    .getDataPointsList()
                    .forEach(
                        p -> {
                          assertLabels(family, p.getAttributesList(), labels);
                          assertThat(p.getExplicitBoundsCount())
                              .as(family + " buckets")
                              .isPositive();
                          assertThat(p.getCount()).as(family + " count").isEqualTo(1);
                        });
              }
            }
            default -> throw new AssertionError("unknown type " + type + " of " + family);
          }
          assertThat(dataPoints(metric)).as(family + " data points").isPositive();
        });
  }

  private static void assertLabels(String family, List<KeyValue> attributes, Set<String> labels) {
    Set<String> keys = attributes.stream().map(KeyValue::getKey).collect(Collectors.toSet());
    assertThat(new TreeSet<>(keys)).as(family + " labels").isEqualTo(labels);
  }

  private static int dataPoints(Metric metric) {
    return metric.getSum().getDataPointsCount()
        + metric.getGauge().getDataPointsCount()
        + metric.getHistogram().getDataPointsCount()
        + metric.getExponentialHistogram().getDataPointsCount();
  }
}
