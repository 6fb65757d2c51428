package org.wealtharena.market.replay;

import java.util.List;
import java.util.SplittableRandom;
import org.wealtharena.market.path.PriceProcess;

/**
 * A fundamental path that replays bars: bar {@code i} spans simulated time {@code [i, i+1) *
 * barNanos}. Within a bar the price runs in straight lines (in log price) through open, the extreme
 * nearer the open's side first, the other extreme, and close, at 0, 1/3, 2/3 and 1 of the bar: a
 * down bar visits the high before the low, an up bar the low before the high. Between bars it jumps
 * from one close to the next open, like an opening gap. After the last bar it stays at the last
 * close. Random shocks are ignored: the flow around it supplies the noise.
 */
public final class BarReplay implements PriceProcess {
  private final long barNanos;

  /** Log prices of the four waypoints of every bar, flattened. */
  private final double[] waypoints;

  private final int bars;

  public BarReplay(BarSeries series) {
    this.barNanos = series.barNanos();
    List<Bar> list = series.bars();
    this.bars = list.size();
    this.waypoints = new double[4 * bars];
    for (int i = 0; i < bars; i++) {
      Bar b = list.get(i);
      boolean up = b.close() >= b.open();
      waypoints[4 * i] = Math.log(b.open());
      waypoints[4 * i + 1] = Math.log(up ? b.low() : b.high());
      waypoints[4 * i + 2] = Math.log(up ? b.high() : b.low());
      waypoints[4 * i + 3] = Math.log(b.close());
    }
  }

  @Override
  public double next(
      double price, double dt, double shock, long nowNanos, SplittableRandom random) {
    return priceAt(nowNanos);
  }

  @Override
  public double initialPrice(double configured) {
    return Math.exp(waypoints[0]);
  }

  /** The replayed price at a simulated time, in dollars. */
  public double priceAt(long nanos) {
    long bar = nanos / barNanos;
    if (nanos < 0) {
      return Math.exp(waypoints[0]);
    }
    if (bar >= bars) {
      return Math.exp(waypoints[4 * bars - 1]);
    }
    double position = 3.0 * (nanos - bar * barNanos) / barNanos;
    int segment = Math.min(2, (int) position);
    double within = position - segment;
    int at = 4 * (int) bar + segment;
    return Math.exp(waypoints[at] + (waypoints[at + 1] - waypoints[at]) * within);
  }

  /** Simulated time covered by the bars. */
  public long durationNanos() {
    return bars * barNanos;
  }
}
