package org.wealtharena.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.wealtharena.metrics.MarketMakerMetrics;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.QuoteSide;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/** The application on a free loopback port, scraped at /actuator/prometheus as Prometheus does. */
class ActuatorPrometheusTest {

  private ConfigurableApplicationContext app;
  private String baseUrl;

  @BeforeEach
  void start() {
    app =
        SpringApplication.run(Application.class, "--server.address=127.0.0.1", "--server.port=0");
    baseUrl = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void actuatorServesBothEndpointsFamiliesNextToMicrometers() throws Exception {
    MultiAgentMetrics multiAgent = app.getBean(MultiAgentMetrics.class);
    SpecializedAgentMetrics specialized = app.getBean(SpecializedAgentMetrics.class);
    multiAgent.recordMultiAgentTrainingStart("hierarchical");
    multiAgent.recordCoordinationOverhead("hierarchical", "meta_allocation", 0.004);
    MarketMakerMetrics marketMaker = specialized.marketMaker("mm_1", "AAPL");
    marketMaker.quote(QuoteSide.BID);
    marketMaker.spread(0.05);
    specialized.recordMarketMakerFillRate("mm_1", "AAPL", 1.5); // rejected: a ratio is 0..1

    HttpResponse<String> response = get("/actuator/prometheus");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        // WealthArena, endpoint 1
        .contains("# TYPE multi_agent_training_runs_total counter")
        .contains(
            "multi_agent_training_runs_total{coordination_type=\"hierarchical\",status=\"started\"} 1.0")
        .contains("# TYPE agent_coordination_overhead_seconds histogram")
        .contains(
            "agent_coordination_overhead_seconds_count{coordination_type=\"hierarchical\",method=\"meta_allocation\"} 1")
        // WealthArena, endpoint 2
        .contains(
            "market_maker_quotes_total{agent_id=\"mm_1\",side=\"bid\",symbol=\"AAPL\"} 1.0")
        .contains("market_maker_spread{agent_id=\"mm_1\",symbol=\"AAPL\"} 0.05")
        .doesNotContain("market_maker_fill_rate{")
        .contains(
            "wealtharena_metrics_rejected_total{family=\"market_maker_fill_rate\",reason=\"out_of_range\"} 1.0")
        // Micrometer's own, through the same registry
        .contains("# TYPE jvm_memory_used_bytes gauge")
        .contains("application_ready_time_seconds");
  }

  private HttpResponse<String> get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
