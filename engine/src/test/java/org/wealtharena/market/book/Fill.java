package org.wealtharena.market.book;

import java.util.List;

/** One match as a {@link MatchSink} reports it, for comparing the fills of two books. */
record Fill(
    long makerId, int maker, long takerId, int taker, Side takerSide, long price, long quantity) {

  /** A sink that appends every match to {@code fills}. */
  static MatchSink into(List<Fill> fills) {
    return (makerId, maker, takerId, taker, side, price, quantity) ->
        fills.add(new Fill(makerId, maker, takerId, taker, side, price, quantity));
  }
}
