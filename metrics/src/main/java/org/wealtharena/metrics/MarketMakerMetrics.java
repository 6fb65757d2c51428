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
  }

  /** Quoted ask minus bid, in price units. */
  public void spread(double spread) {
    this.spread.set(spread);
  }

  public void quote(QuoteSide side) {
    quotes[side.ordinal()].inc();
  }

  public void quotes(QuoteSide side, long count) {
    quotes[side.ordinal()].inc(count);
  }

  /** Filled / posted quote quantity over a sliding window, 0..1. */
  public void fillRate(double ratio) {
    fillRate.set(ratio);
  }

  /** Signed position in shares. */
  public void inventory(double shares) {
    inventory.set(shares);
  }

  public void pnl(double pnl) {
    this.pnl.set(pnl);
  }

  public void quoteLatency(double seconds) {
    quoteLatency.observe(seconds);
  }
}
