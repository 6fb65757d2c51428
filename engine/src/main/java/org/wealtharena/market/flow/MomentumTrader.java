package org.wealtharena.market.flow;

import java.util.SplittableRandom;
import org.wealtharena.market.IntradayProfile;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.Side;

/**
 * Trend follower: keeps a fast and a slow exponential average of the book's mid and sends a market
 * order in the trend's direction when they are more than a threshold apart. Adds the overshoot that
 * value traders later take back.
 */
public final class MomentumTrader extends BackgroundTrader {
  private final FlowSpec.Momentum spec;
  private double fast = Double.NaN;
  private double slow;
  private long lastNanos;

  public MomentumTrader(
      int participant,
      SymbolQuotes quotes,
      int home,
      SplittableRandom random,
      FlowSpec flow,
      IntradayProfile intraday) {
    super(participant, quotes, home, random, flow.momentum().ratePerSecond(), 1, flow, intraday);
    this.spec = flow.momentum();
  }

  @Override
  public void act(long nowNanos) {
    double mid = book.anchorTicks();
    if (Double.isNaN(fast)) {
      fast = mid;
      slow = mid;
    } else {
      double dt = (nowNanos - lastNanos) / (double) SimulationClock.SECOND;
      fast += (1 - Math.exp(-dt / spec.fastSeconds())) * (mid - fast);
      slow += (1 - Math.exp(-dt / spec.slowSeconds())) * (mid - slow);
    }
    lastNanos = nowNanos;
    double signal = (fast - slow) / slow * 1e4;
    if (signal > spec.thresholdBps()) {
      sendMarket(Side.BUY, randomQuantity());
    } else if (signal < -spec.thresholdBps()) {
      sendMarket(Side.SELL, randomQuantity());
    }
  }
}
