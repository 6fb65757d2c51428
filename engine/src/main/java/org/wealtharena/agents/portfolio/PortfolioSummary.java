package org.wealtharena.agents.portfolio;

/**
 * A portfolio agent's session so far ({@link PortfolioAgent#summary}).
 *
 * @param tradedNotional dollars bought plus dollars sold
 * @param turnover traded notional / capital budget (the initial investment counts once)
 * @param ownTurnover the part of {@code turnover} of its own orders, without those the risk manager
 *     placed for it (reducing or flattening its positions)
 * @param rebalances optimisations whose trades were sent
 * @param skippedForCost optimisations not traded because the expected gain did not beat the cost
 * @param horizonSeconds the return horizon of its estimates (and of its Sharpe's annualisation)
 */
public record PortfolioSummary(
    String agentId,
    double capital,
    double tradedNotional,
    double turnover,
    double ownTurnover,
    long rebalances,
    long skippedForCost,
    double horizonSeconds) {}
