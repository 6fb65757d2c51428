/**
 * Maths of the portfolio optimisation agent, free of market and metrics dependencies.
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
