package org.wealtharena.market.book;

/** The order book suite against the real book, its invariants checked after every request. */
class OrderBookTest extends OrderBookContract {
  @Override
  BookUnderTest newBook(String symbol, long referenceTicks, long bandBasisPoints, MatchSink sink) {
    return new CheckedOrderBook(symbol, referenceTicks, bandBasisPoints, sink);
  }
}
