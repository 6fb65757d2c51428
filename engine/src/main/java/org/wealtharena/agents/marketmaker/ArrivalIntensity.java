package org.wealtharena.agents.marketmaker;

/**
 * Estimates the order-arrival intensity λ(δ) = A·exp(-k·δ) of the Avellaneda–Stoikov model from the
 * public tape, the way Hummingbot's trading-intensity indicator does: each trade is placed at its
 * distance δ from the mid the book had before it, the volume that reached at least δ per second is
 * the intensity at δ, and {@code ln λ = ln A - k·δ} is fitted to it.
 *
 * <p>Distances are kept in bins of half a tick (a mid can sit between two ticks). Volumes and the
 * time they were observed over decay with a half-life, so a refit follows the session; a fit is
 * weighted least squares on the log intensities, each bin weighted by the volume behind it. Until
 * two bins have data, or when a fit does not give a positive finite k, the previous parameters
 * stand.
 */
public final class ArrivalIntensity {
  /** Distances beyond this many half ticks are too rare to fit and are left out. */
  static final int BINS = 20;

  private final double binDollars;
  private final double halfLifeSeconds;
  private final double[] volume = new double[BINS];
  private double seconds;
  private double decay;
  private double intensity;

  /**
   * @param tickDollars the venue's tick
   * @param initialDecay k, per dollar, until the tape has given a fit
   * @param halfLifeSeconds how fast old trades lose their weight
   */
  public ArrivalIntensity(double tickDollars, double initialDecay, double halfLifeSeconds) {
    if (!(tickDollars > 0) || !(initialDecay > 0) || !(halfLifeSeconds > 0)) {
      throw new IllegalArgumentException(
          "tick, initial decay and half-life must be positive, got "
              + tickDollars
              + ", "
              + initialDecay
              + ", "
              + halfLifeSeconds);
    }
    this.binDollars = tickDollars / 2;
    this.decay = initialDecay;
    this.halfLifeSeconds = halfLifeSeconds;
  }

  /** One trade of {@code quantity} shares at {@code distanceDollars} from the mid before it. */
  public void trade(double distanceDollars, long quantity) {
    int bin = (int) Math.round(Math.abs(distanceDollars) / binDollars);
    if (bin < BINS) {
      volume[bin] += quantity;
    }
  }

  /** {@code elapsedSeconds} more of observation; older volume decays by the half-life. */
  public void elapse(double elapsedSeconds) {
    double keep = Math.pow(0.5, elapsedSeconds / halfLifeSeconds);
    for (int i = 0; i < BINS; i++) {
      volume[i] *= keep;
    }
    seconds = seconds * keep + elapsedSeconds;
  }

  /** Refits A and k to what has been observed; returns whether the fit was taken. */
  public boolean fit() {
    if (!(seconds > 0)) {
      return false;
    }
    double sw = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int points = 0;
    double reached = 0;
    for (int i = BINS - 1; i >= 0; i--) {
      reached += volume[i];
      if (volume[i] <= 0) {
        continue; // no trade ended at this distance: its bin adds nothing new to fit
      }
      double x = i * binDollars;
      double y = Math.log(reached / seconds);
      double w = volume[i];
      sw += w;
      sx += w * x;
      sy += w * y;
      sxx += w * x * x;
      sxy += w * x * y;
      points++;
    }
    double spread = sw * sxx - sx * sx;
    if (points < 2 || !(spread > 0)) {
      return false;
    }
    double slope = (sw * sxy - sx * sy) / spread;
    double k = -slope;
    if (!(k > 0) || Double.isInfinite(k)) {
      return false;
    }
    decay = k;
    intensity = Math.exp((sy - slope * sx) / sw);
    return true;
  }

  /** k, per dollar. */
  public double decay() {
    return decay;
  }

  /** A, shares per second at the mid; 0 before the first fit. */
  public double intensity() {
    return intensity;
  }
}
