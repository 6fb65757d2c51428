package org.wealtharena.market.venue;

import org.wealtharena.market.book.RejectReason;

/**
 * What a venue did with one request when it reached the book. For an accepted request, filled +
 * resting + cancelled is the quantity it entered (for a cancel: cancelled is what was left; for a
 * replace: the old remainder counts as cancelled and the new quantity as entered).
 */
public record OrderResult(
    RequestKind kind,
    String venue,
    String symbol,
    long orderId,
    RejectReason reason,
    long filledQuantity,
    long restingQuantity,
    long cancelledQuantity,
    long timeNanos) {

  public boolean accepted() {
    return reason.accepted();
  }
}
