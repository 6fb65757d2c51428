package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Each endpoint's server serves its own families and none of the other's. */
class EndpointServerTest {

  @Test
  void eachServerServesOnlyItsOwnFamilies() throws Exception {
    MultiAgentMetrics multi = new MultiAgentMetrics();
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics();
    CatalogConformanceTest.recordEveryFamily(multi);
    CatalogConformanceTest.recordEveryFamily(specialized);

    try (MetricsServer m = multi.startMultiAgentMetricsServer(0);
        MetricsServer s = specialized.startSpecializedAgentsMetricsServer(0)) {
      assertThat(m.endpoint()).isEqualTo(MultiAgentMetrics.ENDPOINT);
      assertThat(s.endpoint()).isEqualTo(SpecializedAgentMetrics.ENDPOINT);
      String multiText = get(m.url());
      String specializedText = get(s.url());

      assertThat(multiText)
          .contains("# TYPE agent_coordination_efficiency gauge")
          .doesNotContain("market_maker")
          .doesNotContain("arbitrage")
          .doesNotContain("risk_manager");
      assertThat(specializedText)
          .contains("# TYPE market_maker_fill_rate gauge", "# TYPE arbitrage_success_rate gauge")
          .doesNotContain("multi_agent")
          .doesNotContain("agent_communication");
    }
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
