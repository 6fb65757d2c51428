package org.wealtharena.market.realism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.tape.Tape;

/**
 * The stylized facts of a market (Cont 2001, "Empirical properties of asset returns"; Vyetrenko et
 * al. 2020, "Get Real: Realism Metrics for Robust Limit Order Book Market Simulations"), pooled
 * over the sessions added: from tapes (mid of the consolidated best quote once a minute, trades,
 * spreads) or from real bars (close prices at the bars' own frequency). Returns are taken within a
 * session only, never across the night.
 */
public final class StylizedFacts {
  /** Return horizons, in sampling intervals (minutes for a tape). */
  public static final int[] HORIZONS = {1, 5, 30};

  public static final int MAX_LAG = 10;

  /** Half-hour buckets of a session, for the intraday volume shape. */
  public static final int BUCKETS = (int) (SimulationClock.SESSION / (30 * SimulationClock.MINUTE));

  /** Spreads from 0 to this many ticks and wider are counted in the last bin. */
  public static final int SPREAD_BINS = 11;

  private final long intervalNanos;
  private final List<double[]> logPrices = new ArrayList<>();
  private final List<double[]> volumes = new ArrayList<>();
  private final double[] bucketVolume = new double[BUCKETS];
  private boolean hasIntraday;
  private final long[] spreadTicks = new long[SPREAD_BINS];
  private long spreadSamples;
  private long crossedSnapshots;
  private long crossSamples;
  private final List<Long> touchSizes = new ArrayList<>();

  /**
   * @param intervalNanos the sampling interval of the series added (one minute for tapes)
   */
  public StylizedFacts(long intervalNanos) {
    this.intervalNanos = intervalNanos;
  }

  /** Facts sampled once a minute, as for tapes. */
  public static StylizedFacts perMinute() {
    return new StylizedFacts(SimulationClock.MINUTE);
  }

  /** Adds one session's tape: every symbol is one series. */
  public void addTape(Tape tape) {
    if (intervalNanos % SimulationClock.SECOND != 0) {
      throw new IllegalStateException("a tape is sampled in whole seconds");
    }
    int venues = tape.venues().size();
    int symbols = tape.symbols().size();
    int perInterval = (int) (intervalNanos / SimulationClock.SECOND);
    int intervals = tape.snapshots() / perInterval;
    double[][] minuteVolume = new double[symbols][intervals];
    hasIntraday = true;
    for (int i = 0; i < tape.trades(); i++) {
      long t = tape.tradeTime(i);
      double q = tape.tradeQuantity(i);
      int bucket =
          (int) (Math.floorMod(t, SimulationClock.SESSION) / (30 * SimulationClock.MINUTE));
      bucketVolume[Math.min(BUCKETS - 1, bucket)] += q;
      int interval = (int) (t / intervalNanos);
      if (interval < intervals) {
        minuteVolume[tape.tradeSymbol(i)][interval] += q;
      }
    }
    for (int s = 0; s < symbols; s++) {
      double[] mids = new double[intervals + 1];
      double last = Double.NaN;
      int filled = 0;
      for (int k = 0; k <= intervals; k++) {
        // The snapshot at the interval boundary (the first one at the first boundary).
        int snapshot = Math.max(0, k * perInterval - 1);
        double mid = snapshot < tape.snapshots() ? consolidatedMid(tape, s, snapshot) : last;
        if (!Double.isNaN(mid)) {
          last = mid;
        }
        mids[k] = Math.log(last);
        if (!Double.isNaN(last)) {
          filled = k + 1;
        }
      }
      int firstValid = 0;
      while (firstValid < mids.length && Double.isNaN(mids[firstValid])) {
        firstValid++;
      }
      if (filled - firstValid >= 2) {
        logPrices.add(Arrays.copyOfRange(mids, firstValid, filled));
        volumes.add(Arrays.copyOfRange(minuteVolume[s], firstValid, filled - 1));
      }
    }
    for (int i = 0; i < tape.snapshots(); i++) {
      for (int s = 0; s < symbols; s++) {
        for (int v = 0; v < venues; v++) {
          long bid = tape.bidMicros(v, s, i);
          long ask = tape.askMicros(v, s, i);
          if (bid != Tape.NO_PRICE && ask != Tape.NO_PRICE) {
            long ticks = Math.max(0, (ask - bid) / tape.tickMicros(v));
            spreadTicks[(int) Math.min(SPREAD_BINS - 1, ticks)]++;
            spreadSamples++;
            if (i % 60 == 0) {
              touchSizes.add(tape.bidShares(v, s, i));
              touchSizes.add(tape.askShares(v, s, i));
            }
          }
        }
        if (venues > 1) {
          crossSamples++;
          if (crossed(tape, s, i)) {
            crossedSnapshots++;
          }
        }
      }
    }
  }

  /**
   * Adds one session (or one run of daily bars) of real prices sampled at this instance's interval,
   * with the volume traded in each interval (null if unknown) and, for intraday data, the time of
   * day of the first sample since the session's open (negative: not intraday).
   */
  public void addSeries(double[] prices, double[] intervalVolumes, long firstSinceOpenNanos) {
    double[] logs = new double[prices.length];
    for (int i = 0; i < prices.length; i++) {
      logs[i] = Math.log(prices[i]);
    }
    if (logs.length < 2) {
      return;
    }
    logPrices.add(logs);
    volumes.add(intervalVolumes == null ? null : Arrays.copyOf(intervalVolumes, logs.length - 1));
    if (intervalVolumes != null && firstSinceOpenNanos >= 0) {
      hasIntraday = true;
      for (int i = 0; i < intervalVolumes.length; i++) {
        long t = firstSinceOpenNanos + i * intervalNanos;
        int bucket = (int) (t / (30 * SimulationClock.MINUTE));
        if (bucket >= 0 && bucket < BUCKETS) {
          bucketVolume[bucket] += intervalVolumes[i];
        }
      }
    }
  }

  private static double consolidatedMid(Tape tape, int s, int snapshot) {
    long bestBid = Tape.NO_PRICE;
    long bestAsk = Tape.NO_PRICE;
    for (int v = 0; v < tape.venues().size(); v++) {
      long bid = tape.bidMicros(v, s, snapshot);
      long ask = tape.askMicros(v, s, snapshot);
      if (bid != Tape.NO_PRICE && (bestBid == Tape.NO_PRICE || bid > bestBid)) {
        bestBid = bid;
      }
      if (ask != Tape.NO_PRICE && (bestAsk == Tape.NO_PRICE || ask < bestAsk)) {
        bestAsk = ask;
      }
    }
    return bestBid == Tape.NO_PRICE || bestAsk == Tape.NO_PRICE
        ? Double.NaN
        : (bestBid + bestAsk) / 2.0;
  }

  /** One venue's bid above another's ask by more than both taker fees. */
  static boolean crossed(Tape tape, int s, int snapshot) {
    int venues = tape.venues().size();
    for (int sell = 0; sell < venues; sell++) {
      long bid = tape.bidMicros(sell, s, snapshot);
      if (bid == Tape.NO_PRICE) {
        continue;
      }
      for (int buy = 0; buy < venues; buy++) {
        long ask = tape.askMicros(buy, s, snapshot);
        if (buy != sell
            && ask != Tape.NO_PRICE
            && bid - ask > tape.takerFeeMicros(sell) + tape.takerFeeMicros(buy)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Computes every fact over what was added. */
  public RealismReport report() {
    double[][][] standardised = new double[HORIZONS.length][][];
    double[] kurtosis = new double[HORIZONS.length];
    for (int h = 0; h < HORIZONS.length; h++) {
      int step = HORIZONS[h];
      standardised[h] =
          Statistics.standardise(logPrices.stream().map(p -> Statistics.returns(p, step)).toList());
      kurtosis[h] = Statistics.excessKurtosis(standardised[h]);
    }
    double[][] absolute =
        Statistics.standardise(
            logPrices.stream().map(p -> Statistics.absolute(Statistics.returns(p, 1))).toList());
    double[] acf = new double[MAX_LAG + 1];
    double[] absAcf = new double[MAX_LAG + 1];
    for (int lag = 1; lag <= MAX_LAG; lag++) {
      acf[lag] = Statistics.autocorrelation(standardised[0], lag);
      absAcf[lag] = Statistics.autocorrelation(absolute, lag);
    }
    double volumeVolatility = volumeVolatilityCorrelation();
    double midday = 0;
    int middayBuckets = 0;
    for (int b = 4; b <= 8 && b < BUCKETS; b++) {
      midday += bucketVolume[b];
      middayBuckets++;
    }
    midday /= Math.max(1, middayBuckets);
    double firstRatio = hasIntraday && midday > 0 ? bucketVolume[0] / midday : Double.NaN;
    double lastRatio = hasIntraday && midday > 0 ? bucketVolume[BUCKETS - 1] / midday : Double.NaN;
    double medianSpread = spreadSamples == 0 ? Double.NaN : medianSpreadTicks();
    double crossedShare = crossSamples == 0 ? Double.NaN : crossedSnapshots / (double) crossSamples;
    double medianTouch = touchSizes.isEmpty() ? Double.NaN : median(touchSizes);
    String unit = unitName();

    List<Fact> facts = new ArrayList<>();
    for (int h = 0; h < 2; h++) {
      facts.add(
          new Fact(
              "excess kurtosis of " + HORIZONS[h] + "-" + unit + " returns",
              format(kurtosis[h]),
              "> 3; intraday stocks 5-50 (Cont 2001)",
              known(kurtosis[h]) ? kurtosis[h] > 3 : null));
    }
    facts.add(
        new Fact(
            "aggregational normality: kurtosis at 1 / 5 / 30 " + unit,
            format(kurtosis[0]) + " / " + format(kurtosis[1]) + " / " + format(kurtosis[2]),
            "falls as the horizon grows (Cont 2001)",
            known(kurtosis[2]) ? kurtosis[0] > kurtosis[1] && kurtosis[1] > kurtosis[2] : null));
    facts.add(
        new Fact(
            "max |ACF| of 1-" + unit + " returns, lags 1-5",
            format(maxAbs(acf, 1, 5)),
            "< 0.05: no linear predictability (Cont 2001)",
            known(acf[1]) ? maxAbs(acf, 1, 5) < 0.05 : null));
    facts.add(
        new Fact(
            "max |ACF| of 1-" + unit + " returns, lags 6-10",
            format(maxAbs(acf, 6, 10)),
            "< 0.05 (Cont 2001)",
            known(acf[6]) ? maxAbs(acf, 6, 10) < 0.05 : null));
    facts.add(
        new Fact(
            "min ACF of |1-" + unit + " returns|, lags 1-10",
            format(min(absAcf, 1, MAX_LAG)) + " (lag 1: " + format(absAcf[1]) + ")",
            "> 0.1, slowly decaying: volatility clusters (Cont 2001)",
            known(absAcf[MAX_LAG]) ? min(absAcf, 1, MAX_LAG) > 0.1 : null));
    facts.add(
        new Fact(
            "volume of the first half hour / midday",
            format(firstRatio),
            ">= 1.5: the intraday U shape (Vyetrenko et al. 2020)",
            known(firstRatio) ? firstRatio >= 1.5 : null));
    facts.add(
        new Fact(
            "volume of the last half hour / midday",
            format(lastRatio),
            ">= 1.5: the intraday U shape (Vyetrenko et al. 2020)",
            known(lastRatio) ? lastRatio >= 1.5 : null));
    facts.add(
        new Fact(
            "median spread, ticks",
            format(medianSpread),
            "1-2 ticks for large caps (Vyetrenko et al. 2020)",
            known(medianSpread) ? medianSpread >= 1 && medianSpread <= 2 : null));
    facts.add(
        new Fact(
            "median touch size, shares",
            format(medianTouch),
            "hundreds of shares for large caps",
            known(medianTouch) ? medianTouch >= 100 && medianTouch < 10_000 : null));
    facts.add(
        new Fact(
            "crossed venues, share of 1 s snapshots",
            known(crossedShare) ? String.format(Locale.ROOT, "%.4f %%", 100 * crossedShare) : "-",
            "< 0.1 %: arbitraged away within milliseconds",
            known(crossedShare) ? crossedShare < 0.001 : null));
    facts.add(
        new Fact(
            "corr(volume, |return|), 1 " + unit,
            format(volumeVolatility),
            "positive, 0.2-0.7 (Vyetrenko et al. 2020)",
            known(volumeVolatility) ? volumeVolatility > 0 : null));

    double[] spreadShare = new double[SPREAD_BINS];
    for (int i = 0; i < SPREAD_BINS; i++) {
      spreadShare[i] = spreadSamples == 0 ? 0 : spreadTicks[i] / (double) spreadSamples;
    }
    double total = Arrays.stream(bucketVolume).sum();
    double[] volumeShare = new double[BUCKETS];
    for (int b = 0; b < BUCKETS; b++) {
      volumeShare[b] = total == 0 ? 0 : bucketVolume[b] / total;
    }
    return new RealismReport(
        List.copyOf(facts),
        logPrices.size(),
        kurtosis,
        acf,
        absAcf,
        flatten(standardised[0]),
        flatten(standardised[1]),
        hasIntraday ? volumeShare : null,
        spreadSamples == 0 ? null : spreadShare);
  }

  private String unitName() {
    if (intervalNanos == SimulationClock.MINUTE) {
      return "min";
    }
    if (intervalNanos == SimulationClock.SESSION) {
      return "day";
    }
    return (intervalNanos / SimulationClock.SECOND) + "s-bar";
  }

  private double volumeVolatilityCorrelation() {
    List<double[]> abs = new ArrayList<>();
    List<double[]> vol = new ArrayList<>();
    for (int i = 0; i < logPrices.size(); i++) {
      if (volumes.get(i) != null) {
        abs.add(Statistics.absolute(Statistics.returns(logPrices.get(i), 1)));
        vol.add(volumes.get(i));
      }
    }
    // Standardise the pairs together so that both keep the same series.
    List<double[]> a = new ArrayList<>();
    List<double[]> b = new ArrayList<>();
    for (int i = 0; i < abs.size(); i++) {
      double[][] za = Statistics.standardise(List.of(abs.get(i)));
      double[][] zb = Statistics.standardise(List.of(vol.get(i)));
      if (za.length == 1 && zb.length == 1 && za[0].length == zb[0].length) {
        a.add(za[0]);
        b.add(zb[0]);
      }
    }
    return Statistics.correlation(a.toArray(double[][]::new), b.toArray(double[][]::new));
  }

  private double medianSpreadTicks() {
    long half = (spreadSamples + 1) / 2;
    long cumulative = 0;
    for (int i = 0; i < SPREAD_BINS; i++) {
      cumulative += spreadTicks[i];
      if (cumulative >= half) {
        return i;
      }
    }
    return SPREAD_BINS - 1;
  }

  private static double median(List<Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static double maxAbs(double[] x, int from, int to) {
    double max = 0;
    for (int i = from; i <= to; i++) {
      max = Math.max(max, Math.abs(x[i]));
    }
    return max;
  }

  private static double min(double[] x, int from, int to) {
    double min = Double.POSITIVE_INFINITY;
    for (int i = from; i <= to; i++) {
      min = Math.min(min, x[i]);
    }
    return min;
  }

  private static boolean known(double x) {
    return !Double.isNaN(x);
  }

  private static String format(double x) {
    return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.3f", x);
  }

  private static double[] flatten(double[][] series) {
    return Arrays.stream(series).flatMapToDouble(Arrays::stream).toArray();
  }
}
