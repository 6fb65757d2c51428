package org.wealtharena.agents.marketmaker;

import java.util.List;

/**
 * A market maker's session so far, in dollars ({@link MarketMaker#summary}). The PnL is the sum
 * {@code spreadCapture + adverseSelection + inventory + feeRebates} ({@link Markouts} defines the
 * parts; fee rebates are the maker rebates net of the fees paid).
 *
 * @param volumeShare shares it traded / shares traded on its venue in its symbols, 0..1
 * @param markout1s mean markout per share of its fills 1 s after, dollars (so 10 s and 60 s)
 * @param arrivals the current estimate of λ(δ) = A·exp(-k·δ) per symbol
 */
public record MarketMakerSummary(
    String agentId,
    double pnl,
    double spreadCapture,
    double adverseSelection,
    double inventory,
    double feeRebates,
    long sharesTraded,
    long venueVolume,
    double volumeShare,
    double markout1s,
    double markout10s,
    double markout60s,
    List<Arrival> arrivals) {

  public MarketMakerSummary {
    arrivals = List.copyOf(arrivals);
  }

  /**
   * @param decayPerDollar k
   * @param sharesPerSecond A, the intensity at the mid
   */
  public record Arrival(String symbol, double decayPerDollar, double sharesPerSecond) {}
}
