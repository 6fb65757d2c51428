package org.wealtharena.metrics;

import java.util.Arrays;

/** The market maker families bound to one agent and symbol. */
public final class MarketMakerMetrics {
  private final BoundGauge spread;
  private final BoundCounter[] quotes;
  private final BoundGauge fillRate;
  private final BoundGauge inventory;
  private final BoundGauge pnl;
  private final BoundHistogram quoteLatency;
  private final WindowedRatio derivedFillRate;
  private final BoundGauge[] markouts;

  MarketMakerMetrics(SpecializedAgentMetrics owner, String agentId, String symbol) {
    this.spread = owner.mmSpread.bind(agentId, symbol);
    this.quotes =
        Arrays.stream(QuoteSide.values())
            .map(side -> owner.mmQuotes.bind(agentId, symbol, side.label()))
            .toArray(BoundCounter[]::new);
    this.fillRate = owner.mmFillRate.bind(agentId, symbol);
    this.inventory = owner.mmInventory.bind(agentId, symbol);
    this.pnl = owner.mmPnl.bind(agentId, symbol);
    this.quoteLatency = owner.mmQuoteLatency.bind(agentId);
    this.derivedFillRate =
        owner.derivedRatioOf(owner.mmQuotes, agentId, symbol, QuoteSide.BID.label());
    this.markouts =
        Arrays.stream(MarkoutHorizon.values())
            .map(horizon -> owner.mmMarkout.bind(agentId, symbol, horizon.label()))
            .toArray(BoundGauge[]::new);
  }

  /** Quoted ask minus bid, in price units. */
  public void spread(double spread) {
    this.spread.set(spread);
  }

  public void quote(QuoteSide side) {
    quotes(side, 1);
  }

  public void quotes(QuoteSide side, long count) {
    quotes[side.ordinal()].inc(count);
    if (derivedFillRate != null && count > 0) {
      derivedFillRate.add(0, count);
    }
  }

  /** One posted quote was filled; with fills recorded, the fill rate is derived. */
  public void fill() {
    fills(1);
  }

  public void fills(long count) {
    if (derivedFillRate != null && count > 0) {
      derivedFillRate.add(count, 0);
    }
  }

  /**
   * Filled / posted quote quantity over a sliding window, 0..1, set by hand: from then on it is no
   * longer derived from quotes and fills.
   */
  public void fillRate(double ratio) {
    if (derivedFillRate != null) {
      derivedFillRate.setByHand();
    }
    fillRate.set(ratio);
  }

  /** Signed position in shares. */
  public void inventory(double shares) {
    inventory.set(shares);
  }

  public void pnl(double pnl) {
    this.pnl.set(pnl);
  }

  /**
   * Mean markout of the recent fills at {@code horizon}, price units per share, positive =
   * favourable.
   */
  public void markout(MarkoutHorizon horizon, double markout) {
    markouts[horizon.ordinal()].set(markout);
  }

  public void quoteLatency(double seconds) {
    quoteLatency.observe(seconds);
  }
}
