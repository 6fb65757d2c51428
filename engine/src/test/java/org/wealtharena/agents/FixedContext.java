package org.wealtharena.agents;

/** A decision context whose account, budget and trading state the test sets. */
public record FixedContext(
    MarketView market, AgentAccount account, Budget budget, TradingState tradingState)
    implements DecisionContext {}
