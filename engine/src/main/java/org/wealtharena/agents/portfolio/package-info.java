/**
 * The portfolio optimisation agent ({@link org.wealtharena.agents.portfolio.PortfolioAgent}, its
 * settings in {@link org.wealtharena.agents.portfolio.PortfolioAgentConfig}) and, in sub-packages
 * free of market and metrics dependencies, its maths:
 *
 * <ul>
 *   <li>{@code stats}: returns from a price window, sample moments, Ledoit–Wolf shrinkage.
 *   <li>{@code optimization}: max Sharpe and min variance (QPs solved by ojAlgo), risk parity.
 *   <li>{@code risk}: historical VaR/CVaR, volatility, max drawdown.
 *   <li>{@code rebalance}: when to rebalance, and the turnover a rebalance causes.
 * </ul>
 *
 * <p>All quantities are per period of the input data unless a name says "annualised".
 */
package org.wealtharena.agents.portfolio;
