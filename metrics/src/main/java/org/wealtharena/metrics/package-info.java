/**
 * The recording API and the two Prometheus endpoints of WealthArena.
 *
 * <ul>
 *   <li>{@link org.wealtharena.metrics.MultiAgentMetrics}: endpoint 1 (8012), training and
 *       coordination; {@link org.wealtharena.metrics.SpecializedAgentMetrics}: endpoint 2 (8013),
 *       market maker, arbitrage, portfolio and risk manager. Each owns its registry.
 *   <li>Guide-style calls ({@code recordMarketMakerQuote(agentId, symbol, side)}) take every label
 *       on each call: one map lookup. Bound views ({@code marketMaker(agentId,
 *       symbol).quote(QuoteSide.BID)}) resolve the series once: no lookup, no allocation, no lock
 *       per call.
 *   <li>Bad samples (NaN, out of range, negative, blank or unknown label values, a new label set
 *       beyond {@link org.wealtharena.metrics.MetricsOptions#cardinalityLimit()}) are dropped and
 *       counted in {@code wealtharena_metrics_rejected_total{family,reason}}, or thrown in strict
 *       mode.
 * </ul>
 */
package org.wealtharena.metrics;
