package org.wealtharena.agents;

/**
 * One agent's episode.
 *
 * @param pnlMicros PnL over the episode at the final marks
 * @param failed stopped by an exception during the episode
 */
public record AgentOutcome(
    String agentId,
    AgentType type,
    long pnlMicros,
    long fills,
    long sharesTraded,
    long feesMicros,
    long criticalViolations,
    double reward,
    TradingState finalState,
    boolean failed) {}
