package org.wealtharena.agents;

import org.wealtharena.market.book.Side;
import org.wealtharena.market.sim.MarketSimulation;

/**
 * Spread capture of one agent: for each of its fills, how far on the right side of the mid it
 * traded, the mid taken at the decision step its orders were computed from ({@link #markMids()}
 * before each step). Fills while the venue's book was one-sided at the step (no mid) are left out.
 */
public final class SpreadCapture {
  private final MarketView market;
  private final int venue;
  private final long[] mids;
  private double capturedMicros;
  private long shares;

  private SpreadCapture(MarketView market, int venue) {
    this.market = market;
    this.venue = venue;
    this.mids = new long[market.symbols().size()];
  }

  /**
   * Starts measuring the fills of participant {@code agentId} against mids on {@code venueName}.
   */
  public static SpreadCapture of(
      MarketSimulation simulation, MarketView market, String agentId, String venueName) {
    int participant = -1;
    for (int p = 0; p < simulation.ledger().participants(); p++) {
      if (simulation.ledger().name(p).equals(agentId)) {
        participant = p;
      }
    }
    if (participant < 0) {
      throw new IllegalArgumentException("no participant " + agentId);
    }
    SpreadCapture capture = new SpreadCapture(market, market.venueIndex(venueName));
    int agent = participant;
    simulation.addFillListener(
        fill -> {
          long mid = capture.mids[fill.symbolIndex()];
          if ((fill.makerParticipant() == agent || fill.takerParticipant() == agent)
              && mid != MarketView.NO_PRICE) {
            long edge =
                fill.sideOf(agent) == Side.BUY
                    ? mid - fill.priceMicros()
                    : fill.priceMicros() - mid;
            capture.capturedMicros += edge * (double) fill.quantity();
            capture.shares += fill.quantity();
          }
        });
    return capture;
  }

  /** Takes every symbol's mid; call before each decision step. */
  public void markMids() {
    for (int s = 0; s < mids.length; s++) {
      mids[s] = market.midMicros(venue, s);
    }
  }

  public long shares() {
    return shares;
  }

  /** Mean dollars captured per share traded. */
  public double dollarsPerShare() {
    return capturedMicros / shares / 1e6;
  }
}
