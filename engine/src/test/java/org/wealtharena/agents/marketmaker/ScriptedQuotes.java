package org.wealtharena.agents.marketmaker;

import java.util.List;
import org.wealtharena.agents.AgentAccount;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.Execution;
import org.wealtharena.agents.FixedContext;
import org.wealtharena.agents.RecordingSink;
import org.wealtharena.agents.ScriptedMarket;
import org.wealtharena.agents.TradingState;
import org.wealtharena.market.book.Side;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * One decision step of a fresh market maker on a scripted book of venue ALPHA, symbol AAA: bid
 * 99.98 x 500, ask 100.02 x 500, mid 100.00.
 */
final class ScriptedQuotes {
  static final long SIZE = 100;
  static final long LIMIT = 1_000;
  static final long MID = 100_000_000;

  private ScriptedQuotes() {}

  static ScriptedMarket book() {
    ScriptedMarket market = new ScriptedMarket();
    market.post(ScriptedMarket.ALPHA, Side.BUY, 99.98, 500);
    market.post(ScriptedMarket.ALPHA, Side.SELL, 100.02, 500);
    market.advance();
    return market;
  }

  /**
   * γ = 0.1, κ = 50 until the first fit, a 60 s horizon, quotes around the venue's mid, σ starting
   * at {@code initialVolatility} dollars/√s, one level of {@link #SIZE} shares, inventory limit
   * {@link #LIMIT}.
   */
  static MarketMakerConfig config(double initialVolatility) {
    return new MarketMakerConfig(
        "mm-test",
        ScriptedMarket.ALPHA,
        List.of("AAA"),
        0.1,
        50,
        60,
        initialVolatility,
        300,
        FairPrice.MID,
        1,
        1,
        SIZE,
        LIMIT,
        ScriptedMarket.SECOND,
        100,
        1800,
        100);
  }

  /**
   * The intents a fresh market maker proposes holding {@code inventory} shares bought at the mid.
   */
  static RecordingSink quote(
      ScriptedMarket market,
      MarketMakerConfig config,
      long inventory,
      SpecializedAgentMetrics metrics) {
    return quote(market, config, inventory, MID, Budget.ofDollars(1_000_000, 10_000), metrics);
  }

  /**
   * The intents a fresh market maker with {@code budget} proposes holding {@code inventory} shares
   * bought at {@code entryPriceMicros}.
   */
  static RecordingSink quote(
      ScriptedMarket market,
      MarketMakerConfig config,
      long inventory,
      long entryPriceMicros,
      Budget budget,
      SpecializedAgentMetrics metrics) {
    AgentAccount account = new AgentAccount(1);
    if (inventory != 0) {
      account.apply(
          new Execution(
              99,
              0,
              0,
              inventory > 0 ? Side.BUY : Side.SELL,
              Math.abs(inventory),
              entryPriceMicros,
              0,
              0));
    }
    RecordingSink sink = new RecordingSink();
    new MarketMaker(config, metrics)
        .decide(new FixedContext(market.view, account, budget, TradingState.ACTIVE), sink);
    return sink;
  }
}
