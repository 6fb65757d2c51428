package org.wealtharena.market.sim;

import java.util.SplittableRandom;
import org.wealtharena.market.OrderIds;
import org.wealtharena.market.book.RejectReason;
import org.wealtharena.market.venue.Order;
import org.wealtharena.market.venue.OrderResult;
import org.wealtharena.market.venue.ParticipantListener;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.market.venue.Venue;

/**
 * A participant's connection to the venues. Requests sent at simulated time t reach the venue at t
 * + the venue's latency (fixed plus seeded jitter); per venue they arrive in the order they were
 * sent. The outcome comes back through the participant's {@link ParticipantListener}: {@code
 * onOrderResult} when the request reached the book, {@code onFill} for each execution.
 */
public final class Gateway {
  private final MarketSimulation simulation;
  private final int participant;
  private final String name;
  private final ParticipantListener listener;
  private final SplittableRandom latencyRandom;
  private final long[] lastArrival;
  private long nextOrderId;

  Gateway(
      MarketSimulation simulation,
      int participant,
      String name,
      ParticipantListener listener,
      SplittableRandom latencyRandom,
      int venues) {
    this.simulation = simulation;
    this.participant = participant;
    this.name = name;
    this.listener = listener;
    this.latencyRandom = latencyRandom;
    this.lastArrival = new long[venues];
    this.nextOrderId = OrderIds.first(participant);
  }

  /** The participant id: the ledger account and the id fills name this participant by. */
  public int participant() {
    return participant;
  }

  public String name() {
    return name;
  }

  /** A fresh order id, unique across the simulation. */
  public long nextOrderId() {
    return nextOrderId++;
  }

  /** Sends a new order; returns the simulated time it will reach the book. */
  public long submit(String venue, Order order) {
    return send(new Request(RequestKind.NEW, venue, order.symbol(), order.orderId(), order, 0, 0));
  }

  public long cancel(String venue, String symbol, long orderId) {
    return send(new Request(RequestKind.CANCEL, venue, symbol, orderId, null, 0, 0));
  }

  public long replace(
      String venue, String symbol, long orderId, long newPriceMicros, long newQuantity) {
    return send(
        new Request(
            RequestKind.REPLACE, venue, symbol, orderId, null, newPriceMicros, newQuantity));
  }

  private long send(Request request) {
    long now = simulation.now();
    Venue venue = simulation.findVenue(request.venue());
    long arrival = now;
    if (venue != null) {
      // Jitter must not let a later request overtake an earlier one on the same connection.
      arrival =
          Math.max(now + venue.spec().latency().sample(latencyRandom), lastArrival[venue.index()]);
      lastArrival[venue.index()] = arrival;
    }
    simulation.schedule(arrival, this, request);
    return arrival;
  }

  /** Called by the simulation when a request reaches its venue. */
  void deliver(Request request) {
    Venue venue = simulation.findVenue(request.venue());
    OrderResult result;
    if (venue == null) {
      result =
          new OrderResult(
              request.kind(),
              request.venue(),
              request.symbol(),
              request.orderId(),
              RejectReason.UNKNOWN_VENUE,
              0,
              0,
              0,
              simulation.now());
    } else {
      result =
          switch (request.kind()) {
            case NEW -> venue.submit(participant, request.order());
            case CANCEL -> venue.cancel(participant, request.symbol(), request.orderId());
            case REPLACE ->
                venue.replace(
                    participant,
                    request.symbol(),
                    request.orderId(),
                    request.newPriceMicros(),
                    request.newQuantity());
          };
    }
    if (listener != null) {
      listener.onOrderResult(result);
    }
  }

  record Request(
      RequestKind kind,
      String venue,
      String symbol,
      long orderId,
      Order order,
      long newPriceMicros,
      long newQuantity) {}
}
