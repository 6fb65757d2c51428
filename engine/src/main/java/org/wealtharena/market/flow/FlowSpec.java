package org.wealtharena.market.flow;

/**
 * How much background flow each book gets and how it behaves. Rates are Poisson arrivals per second
 * of simulated time per book; a value or momentum rate of 0 leaves that kind of trader out (noise
 * traders are the market's liquidity and always run). Order sizes are {@code lotSize * (1 +
 * Exp(meanExtraLots))} rounded down to whole lots.
 */
public record FlowSpec(
    Noise noise,
    Value value,
    Momentum momentum,
    Arbitrage arbitrage,
    long lotSize,
    double meanExtraLots) {

  /**
   * Zero-intelligence traders: a random mix of cancels, market orders and limit orders placed a
   * random number of ticks behind the opposite best quote.
   *
   * @param memory how many of its resting orders one noise trader keeps; entering one more cancels
   *     the oldest, which bounds the book's depth
   */
  public record Noise(
      double ratePerSecond,
      double cancelShare,
      double marketShare,
      double meanOffsetTicks,
      int memory) {}

  /**
   * Informed traders leaning on the fundamental price seen through private noise: they take
   * liquidity priced beyond {@code edgeTicks} of their belief and otherwise quote around it.
   */
  public record Value(
      double ratePerSecond,
      double beliefNoiseBps,
      long edgeTicks,
      int quoteDepthTicks,
      int memory) {}

  /** Trend followers: market orders when a fast average of the mid leaves a slow one. */
  public record Momentum(
      double ratePerSecond, double fastSeconds, double slowSeconds, double thresholdBps) {}

  /**
   * The fast background arbitrageurs that take crossed venues ({@link BackgroundArbitrageurs}).
   *
   * @param active whether they trade at all (scripted test markets turn them off)
   * @param agentAdvantageNanos how much later than an agent's order theirs reach the venues: our
   *     arbitrageur's latency advantage over the competition, 0 by default (as fast as anyone)
   */
  public record Arbitrage(boolean active, long agentAdvantageNanos) {
    public Arbitrage {
      if (agentAdvantageNanos < 0) {
        throw new IllegalArgumentException(
            "arbitrage latency advantage must not be negative, got " + agentAdvantageNanos);
      }
    }
  }

  public static FlowSpec defaults() {
    return new FlowSpec(
        new Noise(8.0, 0.30, 0.12, 1.5, 150),
        new Value(4.0, 3.0, 2, 6, 40),
        new Momentum(0.5, 10, 120, 4.0),
        new Arbitrage(true, 0),
        100,
        2.0);
  }

  /**
   * This flow with the noise traders only: no informed (value), no trend-following (momentum)
   * traders and no background arbitrageurs, so prices wander with no information in them.
   */
  public FlowSpec noiseOnly() {
    return new FlowSpec(
        noise,
        new Value(
            0, value.beliefNoiseBps(), value.edgeTicks(), value.quoteDepthTicks(), value.memory()),
        new Momentum(0, momentum.fastSeconds(), momentum.slowSeconds(), momentum.thresholdBps()),
        new Arbitrage(false, arbitrage.agentAdvantageNanos()),
        lotSize,
        meanExtraLots);
  }

  /** This flow with the background arbitrageurs that much slower than an agent's orders. */
  public FlowSpec withArbitrageAdvantage(long agentAdvantageNanos) {
    return new FlowSpec(
        noise,
        value,
        momentum,
        new Arbitrage(arbitrage.active(), agentAdvantageNanos),
        lotSize,
        meanExtraLots);
  }
}
