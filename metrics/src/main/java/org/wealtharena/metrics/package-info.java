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
 *   <li>Bad samples (NaN, out of range, negative, blank, over-long or unknown label values, a new
 *       label set beyond {@link org.wealtharena.metrics.MetricsOptions#cardinalityLimit()}) are
 *       dropped and counted in {@code wealtharena_metrics_rejected_total{family,reason}}, or thrown
 *       in strict mode. Enumerated labels (coordination type, method, message, conflict, error,
 *       check types, ...) take only known values, so swapped arguments are rejected; users add
 *       their own with {@link org.wealtharena.metrics.EndpointMetrics#allowLabelValues}.
 *   <li>{@code arbitrage_success_rate} and {@code market_maker_fill_rate} are derived from recorded
 *       executions, quotes and fills unless set by hand.
 *   <li>Users' own families ({@link org.wealtharena.metrics.EndpointMetrics#defineCounter} and its
 *       gauge and histogram twins) follow the same rules.
 *   <li>{@link org.wealtharena.metrics.EndpointMetrics#removeAgent} and {@link
 *       org.wealtharena.metrics.agents.AgentSeriesJanitor} (removal on both endpoints, expiry of
 *       idle agents) keep churning agents under the cardinality limit.
 * </ul>
 */
package org.wealtharena.metrics;
