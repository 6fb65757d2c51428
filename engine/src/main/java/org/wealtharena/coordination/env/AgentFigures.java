package org.wealtharena.coordination.env;

/**
 * One agent's (or the whole team's, {@code agentId = "all"}) performance in one episode.
 *
 * @param sharpe annualised Sharpe ratio of its per-step PnL changes
 * @param winRate share (0..1) of the steps where its PnL changed that gained
 * @param totalReturn PnL over its capital budget averaged over the episode (the team's: over the
 *     team's capital)
 */
public record AgentFigures(
    String agentId, String agentType, double pnlDollars, double reward, double sharpe, double winRate,
    double totalReturn) {}
