package org.wealtharena.market.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wealtharena.market.IntradayProfile;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.flow.FlowSpec;
import org.wealtharena.market.path.Cholesky;
import org.wealtharena.market.path.ScaledShocks;
import org.wealtharena.market.path.ShockSpec;
import org.wealtharena.market.path.SymbolSpec;
import org.wealtharena.market.regime.RegimeSpec;
import org.wealtharena.market.replay.Bar;
import org.wealtharena.market.replay.BarFormatException;
import org.wealtharena.market.replay.BarReplay;
import org.wealtharena.market.replay.BarSeries;
import org.wealtharena.market.replay.BarUniverse;
import org.wealtharena.market.venue.VenueSpec;

/**
 * Everything that defines a market except the seed: symbols and their price processes, their
 * correlation, the venues (every venue lists every symbol), the background flow, the shocks beyond
 * the processes (stochastic volatility, fat tails, jumps), the intraday activity profile, and how
 * often the fundamental prices move. Immutable, so one config can back many parallel simulations.
 */
public record MarketConfig(
    List<SymbolSpec> symbols,
    double[][] correlation,
    List<VenueSpec> venues,
    FlowSpec flow,
    ShockSpec shocks,
    RegimeSpec regimes,
    IntradayProfile intraday,
    long pathStepNanos) {

  public MarketConfig {
    symbols = List.copyOf(symbols);
    venues = List.copyOf(venues);
    correlation = copy(correlation);
    if (symbols.isEmpty() || venues.isEmpty()) {
      throw new IllegalArgumentException("a market needs at least one symbol and one venue");
    }
    if (correlation.length != symbols.size()) {
      throw new IllegalArgumentException(
          "correlation matrix must be "
              + symbols.size()
              + "x"
              + symbols.size()
              + ", one row per symbol");
    }
    requireUnique(symbols.stream().map(SymbolSpec::symbol).toList(), "symbol");
    Cholesky.factor(correlation);
    requireUnique(venues.stream().map(VenueSpec::name).toList(), "venue");
    if (pathStepNanos <= 0) {
      throw new IllegalArgumentException("path step must be positive");
    }
  }

  /** The embedded market: see {@link DefaultMarket}. */
  public static MarketConfig defaultMarket() {
    return DefaultMarket.config();
  }

  /**
   * A market whose fundamentals replay bar files, one per symbol, on the default venues, flow and
   * intraday profile. Replayed symbols are uncorrelated by construction and get no extra shocks:
   * their paths are the data.
   *
   * @throws BarFormatException for a bar priced above what the venues' books hold
   */
  public static MarketConfig replay(BarUniverse universe) {
    MarketConfig base = defaultMarket();
    double highest =
        base.venues().stream().mapToDouble(VenueSpec::highestPriceDollars).min().orElseThrow();
    List<SymbolSpec> specs = new ArrayList<>();
    for (int i = 0; i < universe.names().size(); i++) {
      BarSeries series = universe.series().get(i);
      for (Bar bar : series.bars()) {
        if (bar.high() > highest) {
          throw new BarFormatException(
              series.source(),
              bar.line(),
              String.format(
                  Locale.ROOT,
                  "High %s is above $%,.2f, the highest price the venues' books hold",
                  bar.high(),
                  highest));
        }
      }
      BarReplay replay = new BarReplay(series, base.pathStepNanos());
      specs.add(new SymbolSpec(universe.names().get(i), replay.initialPrice(0), replay));
    }
    double[][] identity = new double[specs.size()][specs.size()];
    for (int i = 0; i < identity.length; i++) {
      identity[i][i] = 1;
    }
    return new MarketConfig(
        specs,
        identity,
        base.venues(),
        base.flow(),
        ShockSpec.none(),
        RegimeSpec.none(),
        base.intraday(),
        base.pathStepNanos());
  }

  /** The same market restricted to some of its symbols, in the order given. */
  public MarketConfig withSymbols(List<String> names) {
    List<String> known = symbolNames();
    requireUnique(names, "symbol");
    int[] pick = new int[names.size()];
    for (int i = 0; i < pick.length; i++) {
      pick[i] = known.indexOf(names.get(i));
      if (pick[i] < 0) {
        throw new IllegalArgumentException(
            "unknown symbol " + names.get(i) + " (known: " + String.join(", ", known) + ")");
      }
    }
    List<SymbolSpec> specs = new ArrayList<>();
    double[][] sub = new double[pick.length][pick.length];
    for (int i = 0; i < pick.length; i++) {
      specs.add(symbols.get(pick[i]));
      for (int j = 0; j < pick.length; j++) {
        sub[i][j] = correlation[pick[i]][pick[j]];
      }
    }
    return new MarketConfig(specs, sub, venues, flow, shocks, regimes, intraday, pathStepNanos);
  }

  /**
   * The same market in another volatility regime: every symbol's diffusion shocks times {@code
   * factor} ({@link ScaledShocks}).
   */
  public MarketConfig withVolatilityScaled(double factor) {
    List<SymbolSpec> scaled =
        symbols.stream()
            .map(
                spec ->
                    new SymbolSpec(
                        spec.symbol(),
                        spec.openingPrice(),
                        new ScaledShocks(spec.process(), factor)))
            .toList();
    return new MarketConfig(
        scaled, correlation, venues, flow, shocks, regimes, intraday, pathStepNanos);
  }

  /** The same market with another background flow. */
  public MarketConfig withFlow(FlowSpec otherFlow) {
    return new MarketConfig(
        symbols, correlation, venues, otherFlow, shocks, regimes, intraday, pathStepNanos);
  }

  /** The same market switching between other regimes ({@link RegimeSpec#none()}: none). */
  public MarketConfig withRegimes(RegimeSpec otherRegimes) {
    return new MarketConfig(
        symbols, correlation, venues, flow, shocks, otherRegimes, intraday, pathStepNanos);
  }

  public List<String> symbolNames() {
    return symbols.stream().map(SymbolSpec::symbol).toList();
  }

  public List<String> venueNames() {
    return venues.stream().map(VenueSpec::name).toList();
  }

  @Override
  public double[][] correlation() {
    return copy(correlation);
  }

  /** Default step of the fundamental paths: one second of simulated time. */
  public static long defaultPathStep() {
    return SimulationClock.SECOND;
  }

  private static void requireUnique(List<String> names, String what) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException("duplicate " + what + " " + name);
      }
    }
  }

  private static double[][] copy(double[][] matrix) {
    double[][] out = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      out[i] = matrix[i].clone();
    }
    return out;
  }
}
