package org.wealtharena.market.replay;

import java.util.List;
import java.util.SplittableRandom;
import org.wealtharena.market.path.PriceProcess;

/**
 * A fundamental path that replays bars: bar {@code i} spans simulated time {@code [i, i+1) *
 * barNanos}. Within a bar the path passes through open, the extreme nearer the open's side first,
 * the other extreme, and close, at 0, 1/3, 2/3 and 1 of the bar: a down bar visits the high before
 * the low, an up bar the low before the high. Between two waypoints it is a Brownian bridge in log
 * price at the bar's own volatility (Parkinson's estimate from its high and low), so it wanders
 * like a price yet arrives exactly on the next waypoint. Between bars it jumps from one close to
 * the next open, like an opening gap. After the last bar it stays at the last close.
 */
public final class BarReplay implements PriceProcess {
  /** Parkinson (1980): E[ln(H/L)^2] = 4 ln 2 * variance over the bar. */
  private static final double PARKINSON = 4 * Math.log(2);

  private final long barNanos;
  private final long stepNanos;

  /** Log prices of the four waypoints of every bar, flattened. */
  private final double[] waypoints;

  /** Variance of log price per nanosecond, per bar. */
  private final double[] variancePerNano;

  private final int bars;

  /**
   * @param stepNanos how far apart in simulated time {@link #next} is called
   */
  public BarReplay(BarSeries series, long stepNanos) {
    this.barNanos = series.barNanos();
    this.stepNanos = stepNanos;
    List<Bar> list = series.bars();
    this.bars = list.size();
    this.waypoints = new double[4 * bars];
    this.variancePerNano = new double[bars];
    for (int i = 0; i < bars; i++) {
      Bar b = list.get(i);
      boolean up = b.close() >= b.open();
      waypoints[4 * i] = Math.log(b.open());
      waypoints[4 * i + 1] = Math.log(up ? b.low() : b.high());
      waypoints[4 * i + 2] = Math.log(up ? b.high() : b.low());
      waypoints[4 * i + 3] = Math.log(b.close());
      double range = Math.log(b.high() / b.low());
      variancePerNano[i] = range * range / PARKINSON / barNanos;
    }
  }

  @Override
  public double next(
      double price, double dt, double shock, long nowNanos, SplittableRandom random) {
    long bar = nowNanos / barNanos;
    if (nowNanos <= 0 || bar >= bars) {
      return waypointPrice(nowNanos);
    }
    long segmentNanos = barNanos / 3;
    long segmentStart =
        bar * barNanos + Math.min(2, (nowNanos - bar * barNanos) / segmentNanos) * segmentNanos;
    if (nowNanos == segmentStart) {
      return waypointPrice(nowNanos);
    }
    int segment = (int) ((segmentStart - bar * barNanos) / segmentNanos);
    long segmentEnd = segment == 2 ? (bar + 1) * barNanos : segmentStart + segmentNanos;
    long previous = nowNanos - stepNanos;
    double from;
    if (previous <= segmentStart) {
      previous = segmentStart;
      from = waypoints[4 * (int) bar + segment];
    } else {
      from = Math.log(price);
    }
    double target =
        segment == 2 ? waypoints[4 * (int) bar + 3] : waypoints[4 * (int) bar + segment + 1];
    double remaining = segmentEnd - previous;
    double h = Math.min(nowNanos - previous, remaining);
    double mean = from + (target - from) * h / remaining;
    double variance = variancePerNano[(int) bar] * h * (remaining - h) / remaining;
    return Math.exp(mean + Math.sqrt(variance) * shock);
  }

  @Override
  public double initialPrice(double configured) {
    return Math.exp(waypoints[0]);
  }

  /** The straight-line (in log price) path through the waypoints, in dollars. */
  public double waypointPrice(long nanos) {
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
