package org.wealtharena.metrics.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.MarketMakerMetrics;
import org.wealtharena.metrics.MetricsServer;
import org.wealtharena.metrics.MetricsServerConfig;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.QuoteSide;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * The code of docs/integration-guide.md, step by step, so that the guide's examples compile and do
 * what the guide says. When you change one, change the other.
 */
class IntegrationGuideExampleTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void multiAgentTrainingCodeAsInTheGuide() throws Exception {
    // Step 2: start the endpoint once at start-up (the guide uses port 8012; 0 picks a free one
    // here).
    MultiAgentMetrics metrics = new MultiAgentMetrics();
    try (MetricsServer server =
        metrics.startMultiAgentMetricsServer(
            MetricsServerConfig.builder().port(0).bindAddress("127.0.0.1").build())) {

      // Step 3: record in the training code.
      metrics.recordMultiAgentTrainingStart("hierarchical");
      for (int iteration = 0; iteration < 3; iteration++) {
        double meanReward = 10.0 + iteration;
        metrics.recordMultiAgentIteration("hierarchical", iteration, "run_1", meanReward);
        metrics.recordAgentCommunication("agent_0", "agent_1", "coordination");

        long start = System.nanoTime();
        // ... coordination logic ...
        double overhead = (System.nanoTime() - start) / 1e9;
        metrics.recordCoordinationOverhead("hierarchical", "hierarchical", overhead);
        metrics.recordCoordinationEfficiency("hierarchical", 0.92);
        metrics.recordMultiAgentPerformance("hierarchical", "all", 1.4, 0.58, 0.031);
      }
      metrics.recordMultiAgentTrainingComplete("hierarchical");

      String scrape = scrape(server);
      assertThat(scrape)
          .contains(
              "multi_agent_training_runs_total{coordination_type=\"hierarchical\",status=\"completed\"} 1.0")
          .contains("multi_agent_iterations_total{coordination_type=\"hierarchical\"} 3.0")
          .contains(
              "multi_agent_current_iteration{coordination_type=\"hierarchical\",run_id=\"run_1\"} 2.0")
          .contains(
              "agent_communication_total{from_agent=\"agent_0\",message_type=\"coordination\",to_agent=\"agent_1\"} 3.0")
          .contains("agent_coordination_efficiency{coordination_type=\"hierarchical\"} 0.92")
          .contains(
              "multi_agent_win_rate{agent_group=\"all\",coordination_type=\"hierarchical\"} 0.58");
    }
  }

  @Test
  void specializedAgentCodeAsInTheGuide() throws Exception {
    SpecializedAgentMetrics metrics = new SpecializedAgentMetrics();
    try (MetricsServer server =
        metrics.startSpecializedAgentsMetricsServer(
            MetricsServerConfig.builder().port(0).bindAddress("127.0.0.1").build())) {

      metrics.recordMarketMakerSpread("mm_1", "AAPL", 0.05);
      metrics.recordMarketMakerQuote("mm_1", "AAPL", "bid");
      metrics.recordMarketMakerFillRate("mm_1", "AAPL", 0.75);

      metrics.recordArbitrageOpportunity("arb_1", "AAPL-NASDAQ-NYSE");
      metrics.recordArbitrageExecution("arb_1", "AAPL-NASDAQ-NYSE", "success");
      metrics.recordArbitrageProfit("arb_1", "AAPL-NASDAQ-NYSE", 100.50);

      metrics.recordPortfolioOptimizationRun("portfolio_1", "sharpe_maximization");
      metrics.recordPortfolioSharpeRatio("portfolio_1", 2.5);

      metrics.recordRiskManagerCheck("risk_1", "position_limit");
      metrics.recordRiskViolation("risk_1", "position_limit", "warning");

      // Hot paths: bind the labels once, then record without any lookup.
      MarketMakerMetrics mm = metrics.marketMaker("mm_1", "AAPL");
      mm.quote(QuoteSide.ASK);
      mm.spread(0.04);

      String scrape = scrape(server);
      assertThat(scrape)
          .contains("market_maker_spread{agent_id=\"mm_1\",symbol=\"AAPL\"} 0.04")
          .contains("market_maker_quotes_total{agent_id=\"mm_1\",side=\"bid\",symbol=\"AAPL\"} 1.0")
          .contains("market_maker_quotes_total{agent_id=\"mm_1\",side=\"ask\",symbol=\"AAPL\"} 1.0")
          .contains("market_maker_fill_rate{agent_id=\"mm_1\",symbol=\"AAPL\"} 0.75")
          .contains(
              "arbitrage_executions_total{agent_id=\"arb_1\",market_pair=\"AAPL-NASDAQ-NYSE\",status=\"success\"} 1.0")
          .contains("portfolio_sharpe_ratio{agent_id=\"portfolio_1\"} 2.5")
          .contains(
              "risk_violations_total{agent_id=\"risk_1\",severity=\"warning\",violation_type=\"position_limit\"} 1.0")
          .doesNotContain("multi_agent_");
    }
  }

  @Test
  void aBadValueIsRejectedAndCountedNotThrown() {
    SpecializedAgentMetrics metrics = new SpecializedAgentMetrics();
    metrics.recordMarketMakerFillRate("mm_1", "AAPL", 75.0); // percent by mistake: rejected
    metrics.recordMarketMakerQuote("mm_1", "AAPL", "buy"); // not bid/ask: rejected

    String text = org.wealtharena.metrics.testing.Scrape.text(metrics.registry());
    assertThat(text)
        .doesNotContain("market_maker_fill_rate{")
        .contains(
            "wealtharena_metrics_rejected_total{family=\"market_maker_fill_rate\",reason=\"out_of_range\"} 1.0")
        .contains(
            "wealtharena_metrics_rejected_total{family=\"market_maker_quotes_total\",reason=\"unknown_value\"} 1.0");
  }

  private String scrape(MetricsServer server) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url())).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
