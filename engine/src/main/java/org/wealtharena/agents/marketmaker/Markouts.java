package org.wealtharena.agents.marketmaker;

import java.util.Arrays;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.Side;
import org.wealtharena.metrics.MarkoutHorizon;

/**
 * Markouts of a market maker's fills in one symbol, and the split of its PnL they give.
 *
 * <p>The markout of a fill at horizon h is what the fill earned against the mark h later, per
 * share: {@code mark(t + h) - price} for a buy, {@code price - mark(t + h)} for a sell (positive =
 * favourable). Marks are taken at decision steps, so "h later" is the first step at or after {@code
 * t + h}; the arrival mark of a fill is the mark of the step before it, the one its quote was made
 * against. The split, in micro-dollars, summed over fills:
 *
 * <ul>
 *   <li>spread capture: {@code side · qty · (arrival mark - price)} (side +1 buy, -1 sell);
 *   <li>adverse selection: {@code side · qty · (mark 60 s later - arrival mark)}, with the last
 *       mark for fills younger than 60 s;
 *   <li>inventory PnL: the rest of the PnL once fees are put apart, i.e. what the positions earned
 *       after the longest horizon.
 * </ul>
 *
 * Gauges show the share-weighted mean markout of the last {@code windowFills} fills that reached a
 * horizon; the summary the mean over the session ({@link #sessionEarnedMicros} / {@link
 * #sessionShares}).
 */
public final class Markouts {
  /**
   * The horizons of {@link MarkoutHorizon}, shortest first, in nanoseconds; the longest is the
   * adverse-selection horizon.
   */
  public static final long[] HORIZONS_NANOS =
      Arrays.stream(MarkoutHorizon.values())
          .mapToLong(h -> h.seconds() * SimulationClock.SECOND)
          .toArray();

  private static final int LONGEST = HORIZONS_NANOS.length - 1;

  private long[] times = new long[64];
  private long[] signedQuantities = new long[64];
  private long[] prices = new long[64];
  private long[] arrivalMarks = new long[64];
  private long added;
  private final long[] matured = new long[HORIZONS_NANOS.length];

  private final int windowFills;
  private final long[][] windowEarned;
  private final long[][] windowShares;
  private final long[] windowEarnedSum = new long[HORIZONS_NANOS.length];
  private final long[] windowSharesSum = new long[HORIZONS_NANOS.length];
  private final long[] sessionEarned = new long[HORIZONS_NANOS.length];
  private final long[] sessionShares = new long[HORIZONS_NANOS.length];

  private long spreadCaptureMicros;
  private long maturedAdverseMicros;

  public Markouts(int windowFills) {
    if (windowFills < 1) {
      throw new IllegalArgumentException("windowFills must be at least 1, got " + windowFills);
    }
    this.windowFills = windowFills;
    this.windowEarned = new long[HORIZONS_NANOS.length][windowFills];
    this.windowShares = new long[HORIZONS_NANOS.length][windowFills];
  }

  /** A fill at {@code timeNanos}, made against {@code arrivalMarkMicros}. */
  public void fill(
      long timeNanos, Side side, long quantity, long priceMicros, long arrivalMarkMicros) {
    if (added - matured[LONGEST] == times.length) {
      grow();
    }
    int at = index(added++);
    long signed = side == Side.BUY ? quantity : -quantity;
    times[at] = timeNanos;
    signedQuantities[at] = signed;
    prices[at] = priceMicros;
    arrivalMarks[at] = arrivalMarkMicros;
    spreadCaptureMicros += signed * (arrivalMarkMicros - priceMicros);
  }

  /** Marks at {@code nowNanos}: every fill that reached a horizon by now is marked out. */
  public void mark(long nowNanos, long markMicros) {
    for (int h = 0; h < HORIZONS_NANOS.length; h++) {
      while (matured[h] < added && times[index(matured[h])] + HORIZONS_NANOS[h] <= nowNanos) {
        int at = index(matured[h]);
        long signed = signedQuantities[at];
        long earned = signed * (markMicros - prices[at]);
        long shares = Math.abs(signed);
        int slot = (int) (matured[h] % windowFills);
        windowEarnedSum[h] += earned - windowEarned[h][slot];
        windowSharesSum[h] += shares - windowShares[h][slot];
        windowEarned[h][slot] = earned;
        windowShares[h][slot] = shares;
        sessionEarned[h] += earned;
        sessionShares[h] += shares;
        if (h == LONGEST) {
          maturedAdverseMicros += signed * (markMicros - arrivalMarks[at]);
        }
        matured[h]++;
      }
    }
  }

  /** Whether some fill has reached horizon {@code h} (an index into {@link #HORIZONS_NANOS}). */
  public boolean hasWindow(int h) {
    return windowSharesSum[h] > 0;
  }

  /** Mean markout per share of the window's fills at horizon {@code h}, dollars; NaN if none. */
  public double windowMean(int h) {
    return windowEarnedSum[h] / 1e6 / windowSharesSum[h];
  }

  /** What every fill that reached horizon {@code h} earned against the mark then, micro-dollars. */
  public long sessionEarnedMicros(int h) {
    return sessionEarned[h];
  }

  /** Shares of the fills that reached horizon {@code h}. */
  public long sessionShares(int h) {
    return sessionShares[h];
  }

  public long spreadCaptureMicros() {
    return spreadCaptureMicros;
  }

  /**
   * Adverse selection so far: fills past the longest horizon against the mark then, younger ones
   * against {@code markMicros} (the mark now).
   */
  public long adverseSelectionMicros(long markMicros) {
    long adverse = maturedAdverseMicros;
    for (long k = matured[LONGEST]; k < added; k++) {
      int at = index(k);
      adverse += signedQuantities[at] * (markMicros - arrivalMarks[at]);
    }
    return adverse;
  }

  private int index(long k) {
    return (int) (k & (times.length - 1));
  }

  /** Doubles the pending ring, keeping each pending fill at its index of the new size. */
  private void grow() {
    int size = times.length * 2;
    long[] t = new long[size];
    long[] q = new long[size];
    long[] p = new long[size];
    long[] m = new long[size];
    for (long k = matured[LONGEST]; k < added; k++) {
      int from = index(k);
      int to = (int) (k & (size - 1));
      t[to] = times[from];
      q[to] = signedQuantities[from];
      p[to] = prices[from];
      m[to] = arrivalMarks[from];
    }
    times = t;
    signedQuantities = q;
    prices = p;
    arrivalMarks = m;
  }
}
