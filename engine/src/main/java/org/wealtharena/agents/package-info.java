/**
 * The four specialized trading agents and the frame they trade in.
 *
 * <p>Framework (this package): a {@link org.wealtharena.agents.TradingAgent} observes a {@link
 * org.wealtharena.agents.DecisionContext} (a read-only {@link org.wealtharena.agents.MarketView} in
 * micro-dollars, its own {@link org.wealtharena.agents.AgentAccount}, its {@link
 * org.wealtharena.agents.Budget} and {@link org.wealtharena.agents.TradingState}) and proposes
 * {@link org.wealtharena.agents.Intent}s into an {@link org.wealtharena.agents.IntentSink}. Its
 * {@link org.wealtharena.agents.AgentSeat} holds all of that plus its gateway, and catches its
 * exceptions. An {@link org.wealtharena.agents.IntentRouting} decides what reaches the venues (by
 * default {@link org.wealtharena.agents.RiskCheckedRouting}; coordinators replace it), and {@link
 * org.wealtharena.agents.SpecializedAgentsEpisode} runs the decision steps and pays the rewards.
 *
 * <p>Agents: {@code marketmaker} (Avellaneda–Stoikov), {@code arbitrage} (cross-venue), {@code
 * portfolio} (the agent beside the existing optimisation maths), {@code risk} (pre- and post-trade
 * checks, trading states). Each records its endpoint-2 families where the event happens.
 */
package org.wealtharena.agents;
