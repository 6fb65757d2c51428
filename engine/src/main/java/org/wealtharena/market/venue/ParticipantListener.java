package org.wealtharena.market.venue;

/** What a participant hears back from the venues. Both methods run on the simulation thread. */
public interface ParticipantListener {
  /** A fill of one of this participant's orders. The fill object is reused: copy to keep it. */
  default void onFill(Fill fill) {}

  /** The outcome of a request once it reached the venue. */
  default void onOrderResult(OrderResult result) {}
}
