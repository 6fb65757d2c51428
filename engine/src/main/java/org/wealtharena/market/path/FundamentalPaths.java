package org.wealtharena.market.path;

import java.util.List;
import java.util.SplittableRandom;
import org.wealtharena.market.IntradayProfile;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.regime.RegimeEffects;
import org.wealtharena.market.regime.RegimePath;

/**
 * The fundamental ("true") prices of all symbols, moved together. Each step draws independent
 * Student-t shocks, correlates them through the Cholesky factor and lets each symbol's process take
 * them in business time: the step's length is scaled by the intraday profile and by the stochastic
 * variance of {@link ShockSpec} and of the session's regime ({@link RegimePath}), so volatility
 * follows the U shape and clusters. The regime's drift or pull back to where its stretch began, and
 * jumps, market-wide and per symbol, come on top. Everything is drawn in a fixed order from one
 * generator.
 */
public final class FundamentalPaths {
  private final PriceProcess[] processes;
  private final double[][] lower;
  private final double[] prices;
  private final double[] independent;
  private final double[] symbolLogVol;
  private final ShockSpec shocks;
  private final RegimePath regimes;
  private final IntradayProfile intraday;
  private final SplittableRandom random;
  private final double tailScale;

  /** Log prices a mean-reverting stretch pulls back to, set when it begins. */
  private final double[] anchors;

  private long anchoredStretchStart = -1;
  private double marketLogVol;
  private long lastUpdateNanos;

  public FundamentalPaths(
      List<SymbolSpec> symbols,
      double[][] correlation,
      ShockSpec shocks,
      RegimePath regimes,
      IntradayProfile intraday,
      SplittableRandom random) {
    if (correlation.length != symbols.size()) {
      throw new IllegalArgumentException(
          "correlation matrix is "
              + correlation.length
              + "x"
              + correlation.length
              + " for "
              + symbols.size()
              + " symbols");
    }
    this.lower = Cholesky.factor(correlation);
    this.shocks = shocks;
    this.regimes = regimes;
    this.intraday = intraday;
    this.random = random;
    this.processes = new PriceProcess[symbols.size()];
    this.prices = new double[symbols.size()];
    this.independent = new double[symbols.size()];
    this.symbolLogVol = new double[symbols.size()];
    this.anchors = new double[symbols.size()];
    double nu = shocks.tailDegreesOfFreedom();
    this.tailScale = Double.isInfinite(nu) ? 1 : Math.sqrt((nu - 2) / nu);
    for (int i = 0; i < processes.length; i++) {
      processes[i] = symbols.get(i).process();
      prices[i] = symbols.get(i).startPrice();
    }
    // Start the log volatilities in their stationary law, so a session may open calm or stormy.
    double factorSd = shocks.volOfVol() / Math.sqrt(2);
    if (factorSd > 0) {
      marketLogVol = factorSd * random.nextGaussian();
      for (int i = 0; i < symbolLogVol.length; i++) {
        symbolLogVol[i] = factorSd * random.nextGaussian();
      }
    }
  }

  /** Moves every price from the last update to {@code nowNanos}. */
  public void advanceTo(long nowNanos) {
    long stepNanos = nowNanos - lastUpdateNanos;
    if (stepNanos <= 0) {
      return;
    }
    lastUpdateNanos = nowNanos;
    double dt = stepNanos / PriceProcess.TRADING_YEAR_NANOS * intraday.multiplier(nowNanos);
    double factorSd = shocks.volOfVol() / Math.sqrt(2);
    double persistence =
        Math.exp(-Math.log(2) * stepNanos / (shocks.volHalfLifeMinutes() * SimulationClock.MINUTE));
    double innovationSd = factorSd * Math.sqrt(1 - persistence * persistence);
    double meanVarianceCorrection = -2 * shocks.volOfVol() * shocks.volOfVol();
    if (factorSd > 0) {
      marketLogVol = persistence * marketLogVol + innovationSd * random.nextGaussian();
    }
    int n = prices.length;
    for (int i = 0; i < n; i++) {
      independent[i] = studentT();
      if (factorSd > 0) {
        symbolLogVol[i] = persistence * symbolLogVol[i] + innovationSd * random.nextGaussian();
      }
    }
    double marketJump = jump(shocks.marketJumpsPerSession(), shocks.marketJumpSize(), stepNanos);
    double regimeVolatility = regimes.volatilityMultiplier(nowNanos);
    double regimeVariance = regimeVolatility * regimeVolatility;
    RegimeEffects regime = regimes.effects(nowNanos);
    double drift = regime.driftPerHour() * stepNanos / SimulationClock.HOUR;
    double pull = 0; // the share of the gap to the anchors closed this step
    if (regime.reversionPerHour() > 0) {
      anchorAtStretchStart(regimes.stretchStart(nowNanos));
      pull = -Math.expm1(-regime.reversionPerHour() * stepNanos / SimulationClock.HOUR);
    }
    for (int i = 0; i < n; i++) {
      double shock = 0;
      for (int k = 0; k <= i; k++) {
        shock += lower[i][k] * independent[k];
      }
      double logVol = marketLogVol + symbolLogVol[i];
      double businessDt = dt * regimeVariance * Math.exp(2 * logVol + meanVarianceCorrection);
      double next = processes[i].next(prices[i], businessDt, shock, nowNanos, random);
      double reversion = pull == 0 ? 0 : -pull * (Math.log(next) - anchors[i]);
      double moves =
          drift
              + reversion
              + marketJump
              + jump(shocks.symbolJumpsPerSession(), shocks.symbolJumpSize(), stepNanos);
      prices[i] = moves == 0 ? next : next * Math.exp(moves);
    }
  }

  /** At the first step of a mean-reverting stretch, its anchors: the prices it began at. */
  private void anchorAtStretchStart(long stretchStart) {
    if (stretchStart != anchoredStretchStart) {
      anchoredStretchStart = stretchStart;
      for (int i = 0; i < prices.length; i++) {
        anchors[i] = Math.log(prices[i]);
      }
    }
  }

  /** A unit-variance Student-t draw (a normal one for infinite degrees of freedom). */
  private double studentT() {
    double z = random.nextGaussian();
    double nu = shocks.tailDegreesOfFreedom();
    if (Double.isInfinite(nu)) {
      return z;
    }
    return z * tailScale / Math.sqrt(2 * gamma(nu / 2) / nu);
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang (2000); shape > 2 here. */
  private double gamma(double shape) {
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = random.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  /** The log size of this step's jump: 0 unless one happens (at most one per step). */
  private double jump(double perSession, double size, long stepNanos) {
    if (perSession == 0) {
      return 0;
    }
    double probability = perSession * stepNanos / SimulationClock.SESSION;
    return random.nextDouble() < probability ? size * random.nextGaussian() : 0;
  }

  /** Current fundamental price of a symbol, in dollars. */
  public double price(int symbol) {
    return prices[symbol];
  }

  public int symbols() {
    return prices.length;
  }
}
