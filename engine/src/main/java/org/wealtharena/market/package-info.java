/**
 * The simulated market the agents trade on.
 *
 * <ul>
 *   <li>{@code market.book}: one limit order book per symbol per venue, integer ticks and shares.
 *   <li>{@code market.venue}: venues (tick size, fees, price band, latency), order entry, fills.
 *   <li>{@code market.accounting}: cash and positions of every participant, venues included.
 *   <li>{@code market.path}: fundamental price processes (GBM, OU, Merton jumps), correlated.
 *   <li>{@code market.replay}: historical bars from CSV as the fundamental path.
 *   <li>{@code market.flow}: background traders (noise, value, momentum) that feed the books.
 *   <li>{@code market.sim}: clock, event queue, the {@code MarketSimulation} agents step, and the
 *       embedded default market.
 * </ul>
 *
 * <p>Money is integer micro-dollars ({@link org.wealtharena.market.Prices}), time is integer
 * nanoseconds of simulated time, and all randomness is derived from one seed ({@link
 * org.wealtharena.market.Seeds}), so a seed and a config reproduce every fill bit for bit.
 */
package org.wealtharena.market;
