package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.agents.AgentSeriesJanitor;
import org.wealtharena.metrics.testing.Scrape;

class AgentLifecycleTest {

  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong clock = new AtomicLong();
  private final MultiAgentMetrics multiAgent = new MultiAgentMetrics();
  private final SpecializedAgentMetrics agents = new SpecializedAgentMetrics();

  @Test
  void removeAgentDropsEverySeriesOfTheAgentOnBothEndpoints() {
    recordEverything("mm_1");
    recordEverything("mm_2");
    CounterFamily own = agents.defineCounter("my_agent_orders_total", "Orders", "agent_id");
    own.inc("mm_1");
    own.inc("mm_2");

    new AgentSeriesJanitor(Duration.ZERO, multiAgent, agents).removeAgent("mm_1");

    assertThat(Scrape.text(agents.registry())).doesNotContain("mm_1").contains("mm_2");
    assertThat(Scrape.text(multiAgent.registry())).doesNotContain("mm_1").contains("mm_2");
  }

  @Test
  void boundViewsOfARemovedAgentRecreateTheirSeriesOnTheNextWrite() {
    MarketMakerMetrics mm = agents.marketMaker("mm_1", "AAPL");
    mm.quote(QuoteSide.BID);
    mm.quote(QuoteSide.BID);

    agents.removeAgent("mm_1");
    assertThat(quotes("mm_1", "bid")).isEmpty();

    mm.quote(QuoteSide.BID);
    mm.spread(0.03);
    assertThat(quotes("mm_1", "bid")).hasValue(1.0);
    assertThat(
            Scrape.value(
                agents.registry(), "market_maker_spread", "agent_id", "mm_1", "symbol", "AAPL"))
        .hasValue(0.03);
  }

  @Test
  void agentsThatStopRecordingExpireAndLiveOnesStay() {
    AgentSeriesJanitor janitor =
        new AgentSeriesJanitor(Duration.ofSeconds(60), clock::get, multiAgent, agents);
    MarketMakerMetrics live = agents.marketMaker("live", "AAPL");
    agents.recordMarketMakerQuote("idle", "AAPL", "bid");
    multiAgent.recordAgentCommunication("idle", "live", "intent");
    // a fixed gauge changes nothing, but the live agent's quotes do
    agents.recordRiskLimit("live", "position", 1000);

    for (int second = 0; second <= 120; second += 10) {
      clock.set(second * SECOND);
      live.quote(QuoteSide.ASK);
      janitor.sweep();
    }

    assertThat(quotes("idle", "bid")).isEmpty();
    assertThat(Scrape.text(multiAgent.registry())).doesNotContain("from_agent=\"idle\"");
    assertThat(quotes("live", "ask")).hasValue(13.0);
    assertThat(
            Scrape.value(
                agents.registry(), "risk_limits", "agent_id", "live", "limit_type", "position"))
        .hasValue(1000.0);
  }

  @Test
  void aZeroTtlNeverExpires() {
    AgentSeriesJanitor janitor = new AgentSeriesJanitor(Duration.ZERO, clock::get, agents);
    agents.recordMarketMakerQuote("idle", "AAPL", "bid");
    janitor.sweep();
    clock.set(3600 * SECOND);
    assertThat(janitor.sweep()).isZero();
    assertThat(quotes("idle", "bid")).hasValue(1.0);
  }

  /**
   * 10,000 agents join and leave over time, a hundred live at once, each with series on both
   * endpoints. Even ones leave by removeAgent, odd ones just stop and expire. With a limit of 1,000
   * series per family (10,000 agents x 2 quote sides would need 20,000), strict mode proves that
   * nothing recorded for a live agent is rejected, and every live agent's counts are complete.
   */
  @Test
  void tenThousandAgentsJoiningAndLeavingStayUnderTheCardinalityLimit() {
    MetricsOptions strict = MetricsOptions.builder().strict(true).cardinalityLimit(1_000).build();
    MultiAgentMetrics multi = new MultiAgentMetrics(strict);
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics(strict);
    AgentSeriesJanitor janitor =
        new AgentSeriesJanitor(Duration.ofSeconds(30), clock::get, multi, specialized);
    int agentCount = 10_000;
    int lifetime = 100;
    Deque<Agent> live = new ArrayDeque<>();
    int maxQuoteSeries = 0;

    for (int step = 0; step < agentCount + lifetime; step++) {
      clock.set(step * SECOND);
      if (step < agentCount) {
        String id = "agent_" + step;
        live.add(new Agent(id, step, specialized.marketMaker(id, "AAPL")));
      }
      while (!live.isEmpty() && live.peek().joined + lifetime <= step) {
        Agent leaving = live.poll();
        assertThat(specialized.mmQuotes.point(leaving.id, "AAPL", "bid").get())
            .as(leaving.id)
            .isEqualTo(lifetime);
        if (leaving.joined % 2 == 0) {
          janitor.removeAgent(leaving.id);
        }
      }
      for (Agent agent : live) {
        agent.view.quote(QuoteSide.BID);
        multi.recordAgentCommunication(agent.id, "coordinator", "intent");
      }
      if (step % 10 == 0) {
        janitor.sweep();
      }
      maxQuoteSeries = Math.max(maxQuoteSeries, specialized.mmQuotes.size());
    }
    janitor.sweep(); // sees the last agents' last changes
    clock.addAndGet(60 * SECOND);
    janitor.sweep();

    assertThat(maxQuoteSeries).isLessThan(1_000);
    assertThat(Scrape.points(specialized.registry(), "market_maker_quotes_total")).isEmpty();
    assertThat(Scrape.points(multi.registry(), "agent_communication_total")).isEmpty();
  }

  private record Agent(String id, int joined, MarketMakerMetrics view) {}

  private java.util.OptionalDouble quotes(String agent, String side) {
    return Scrape.value(
        agents.registry(),
        "market_maker_quotes_total",
        "agent_id",
        agent,
        "side",
        side,
        "symbol",
        "AAPL");
  }

  private void recordEverything(String id) {
    agents.marketMaker(id, "AAPL").quote(QuoteSide.ASK);
    agents.recordMarketMakerSpread(id, "AAPL", 0.05);
    agents.recordArbitrageExecution(id, "AAPL-NASDAQ-NYSE", "success");
    agents.riskManager(id).check(RiskCheckType.DRAWDOWN);
    agents.recordSpecializedAgentEpisode(id, "market_maker");
    multiAgent.recordAgentEpisode(id, "market_maker", "hierarchical");
    multiAgent.recordAgentCommunication(id, "coordinator", "intent");
    multiAgent.recordAgentCommunication("coordinator", id, "allocation");
  }
}
