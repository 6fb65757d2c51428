package org.wealtharena.examples.minimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The application on free loopback ports, each endpoint scraped as Prometheus does. */
class TradingAppTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void eachEndpointServesItsOwnFamilies() throws Exception {
    try (TradingApp app = new TradingApp(0, 0)) {
      app.step(0);
      app.step(1);

      String training = scrape(app.trainingUrl());
      String agents = scrape(app.agentsUrl());

      assertTrue(
          training.contains("multi_agent_iterations_total{coordination_type=\"hierarchical\"} 2.0"),
          training);
      assertTrue(
          training.contains(
              "multi_agent_current_iteration{coordination_type=\"hierarchical\",run_id=\"run_1\"} 1.0"),
          training);
      assertTrue(
          agents.contains(
              "market_maker_quotes_total{agent_id=\"mm_1\",side=\"bid\",symbol=\"AAPL\"} 2.0"),
          agents);
      assertTrue(
          agents.contains("market_maker_quote_latency_seconds_count{agent_id=\"mm_1\"} 2"), agents);
      assertFalse(training.contains("market_maker_"), "endpoint 1 serves only its own families");
      assertFalse(agents.contains("multi_agent_"), "endpoint 2 serves only its own families");
    }
  }

  private String scrape(String url) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), url);
    return response.body();
  }
}
