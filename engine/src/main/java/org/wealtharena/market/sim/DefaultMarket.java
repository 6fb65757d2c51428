package org.wealtharena.market.sim;

import java.util.List;
import org.wealtharena.market.IntradayProfile;
import org.wealtharena.market.flow.FlowSpec;
import org.wealtharena.market.path.GeometricBrownianMotion;
import org.wealtharena.market.path.MertonJumpDiffusion;
import org.wealtharena.market.path.OrnsteinUhlenbeck;
import org.wealtharena.market.path.ShockSpec;
import org.wealtharena.market.path.SymbolSpec;
import org.wealtharena.market.regime.RegimeSpec;
import org.wealtharena.market.venue.LatencyModel;
import org.wealtharena.market.venue.VenueSpec;

/**
 * The embedded market: five large US tech stocks at realistic price levels and annual volatilities,
 * correlated like the sector is (0.5 to 0.7), listed on NASDAQ and NYSE with penny ticks, maker
 * rebates, taker fees and sub-millisecond latencies; volatility that clusters, fat tails and jumps
 * ({@link ShockSpec#defaults}), calm, news-burst, drought, trending and mean-reverting stretches
 * within a session ({@link RegimeSpec#defaults}), and the intraday U shape of activity. No files,
 * no network.
 */
public final class DefaultMarket {
  private DefaultMarket() {}

  public static MarketConfig config() {
    List<SymbolSpec> symbols =
        List.of(
            new SymbolSpec("AAPL", 190.00, new GeometricBrownianMotion(0.08, 0.27)),
            new SymbolSpec("MSFT", 420.00, new GeometricBrownianMotion(0.08, 0.24)),
            // GOOGL mean-reverts (half-life about 3 weeks) around its opening level.
            new SymbolSpec("GOOGL", 170.00, new OrnsteinUhlenbeck(0.29, 12.0, 170.00)),
            new SymbolSpec("AMZN", 185.00, new GeometricBrownianMotion(0.09, 0.31)),
            // NVDA: high volatility plus news jumps, about one every ten sessions, +-3 %.
            new SymbolSpec("NVDA", 120.00, new MertonJumpDiffusion(0.15, 0.45, 25, 0.0, 0.03)));
    double[][] correlation = {
      {1.00, 0.65, 0.60, 0.58, 0.55},
      {0.65, 1.00, 0.68, 0.62, 0.60},
      {0.60, 0.68, 1.00, 0.63, 0.52},
      {0.58, 0.62, 0.63, 1.00, 0.55},
      {0.55, 0.60, 0.52, 0.55, 1.00}
    };
    List<VenueSpec> venues =
        List.of(
            // Fees in micro-dollars per share: 3000 = 30 mils = $0.0030.
            new VenueSpec(
                "NASDAQ", 10_000, -2_000, 3_000, 1_000, new LatencyModel(150_000, 50_000)),
            new VenueSpec(
                "NYSE", 10_000, -1_500, 2_750, 1_000, new LatencyModel(250_000, 100_000)));
    return new MarketConfig(
        symbols,
        correlation,
        venues,
        FlowSpec.defaults(),
        ShockSpec.defaults(),
        RegimeSpec.defaults(),
        IntradayProfile.usEquities(),
        MarketConfig.defaultPathStep());
  }
}
