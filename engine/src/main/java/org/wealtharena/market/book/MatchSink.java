package org.wealtharena.market.book;

/**
 * Receives every match of a book, in order, as primitives so matching allocates nothing. Called
 * after the book's state is updated; the book refuses re-entrant requests ({@link
 * RejectReason#BOOK_BUSY}) while it is matching.
 */
@FunctionalInterface
public interface MatchSink {
  void onMatch(
      long makerOrderId,
      int makerParticipant,
      long takerOrderId,
      int takerParticipant,
      Side takerSide,
      long priceTicks,
      long quantity);
}
