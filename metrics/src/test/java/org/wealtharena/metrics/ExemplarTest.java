package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Catalog;

/**
 * Exemplars are opt-in ({@link MetricsOptions#exemplars()}): with them on, the latency histograms'
 * buckets in the OpenMetrics exposition carry the trace and span id of the OpenTelemetry span that
 * was current when the value was observed; without the option, without a span or on a histogram
 * that is not a latency, they carry none.
 */
class ExemplarTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN_ID = "00f067aa0ba902b7";
  private static final String EXEMPLAR =
      "# {span_id=\"" + SPAN_ID + "\",trace_id=\"" + TRACE_ID + "\"}";

  /** The catalog's latency histograms: its histograms in seconds, on either endpoint. */
  private static final List<String> LATENCY_HISTOGRAMS =
      Stream.of(Catalog.MULTI_AGENT, Catalog.SPECIALIZED)
          .flatMap(catalog -> catalog.entrySet().stream())
          .filter(e -> e.getValue().startsWith("histogram ") && e.getKey().endsWith("_seconds"))
          .map(Map.Entry::getKey)
          .toList();

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void latencyBucketsCarryTheCurrentSpansTraceIdWhenExemplarsAreOn() throws Exception {
    String exposition = recordEveryFamilyInASpan(MetricsOptions.builder().exemplars(true).build());

    assertThat(LATENCY_HISTOGRAMS).hasSize(6);
    for (String family : LATENCY_HISTOGRAMS) {
      assertThat(bucketLines(exposition, family))
          .as(family + " buckets")
          .anySatisfy(line -> assertThat(line).contains(EXEMPLAR));
    }
    // A reward is not a latency: no trace to follow from it.
    assertThat(bucketLines(exposition, "inter_agent_reward_distribution"))
        .isNotEmpty()
        .noneSatisfy(line -> assertThat(line).contains("trace_id"));
  }

  @Test
  void noExemplarsByDefault() throws Exception {
    String exposition = recordEveryFamilyInASpan(MetricsOptions.defaults());

    assertThat(exposition).contains("risk_check_latency_seconds_bucket").doesNotContain("trace_id");
  }

  @Test
  void noExemplarWithoutACurrentSpan() throws Exception {
    var options = MetricsOptions.builder().exemplars(true).build();
    var multiAgent = new MultiAgentMetrics(options);
    var specialized = new SpecializedAgentMetrics(multiAgent.registry(), options);
    CatalogConformanceTest.recordEveryFamily(multiAgent);
    CatalogConformanceTest.recordEveryFamily(specialized);

    String exposition = openMetricsScrape(multiAgent);
    assertThat(exposition).contains("risk_check_latency_seconds_bucket").doesNotContain("trace_id");
  }

  /** Both endpoints in one registry, every family recorded once while a sampled span is current. */
  private String recordEveryFamilyInASpan(MetricsOptions options) throws Exception {
    var multiAgent = new MultiAgentMetrics(options);
    var specialized = new SpecializedAgentMetrics(multiAgent.registry(), options);
    SpanContext span =
        SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault());
    try (Scope ignored = Span.wrap(span).makeCurrent()) {
      CatalogConformanceTest.recordEveryFamily(multiAgent);
      CatalogConformanceTest.recordEveryFamily(specialized);
    }
    return openMetricsScrape(multiAgent);
  }

  /** A scrape of the endpoint's server asking for OpenMetrics, as Prometheus does for exemplars. */
  private String openMetricsScrape(MultiAgentMetrics metrics) throws Exception {
    try (MetricsServer server =
        metrics.startMultiAgentMetricsServer(
            MetricsServerConfig.builder().port(0).bindAddress("127.0.0.1").build())) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(server.url()))
              .header("Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8")
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/openmetrics-text"));
      return response.body();
    }
  }

  private static List<String> bucketLines(String exposition, String family) {
    return exposition.lines().filter(line -> line.startsWith(family + "_bucket{")).toList();
  }
}
