package org.wealtharena.market.book;

/**
 * The order book suite against the reference book, so the reference the property tests trust passes
 * the same cases as the real one.
 */
class ReferenceBookTest extends OrderBookContract {
  @Override
  BookUnderTest newBook(String symbol, long referenceTicks, long bandBasisPoints, MatchSink sink) {
    return new ReferenceBook(symbol, referenceTicks, bandBasisPoints, sink);
  }
}
