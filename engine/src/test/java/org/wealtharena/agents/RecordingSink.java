package org.wealtharena.agents;

import java.util.ArrayList;
import java.util.List;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.RequestKind;

/** Keeps what an agent proposes, numbering new orders 1, 2, 3, ... */
public final class RecordingSink implements IntentSink {
  public final List<Intent> intents = new ArrayList<>();
  private long nextId = 1;

  @Override
  public long newOrder(
      IntentPurpose purpose,
      int venue,
      int symbol,
      Side side,
      OrderType type,
      long priceMicros,
      long quantity) {
    long orderId = nextId++;
    intents.add(
        Intent.newOrder(
            "test", purpose, venue, symbol, side, type, priceMicros, quantity, orderId));
    return orderId;
  }

  @Override
  public void cancel(IntentPurpose purpose, int venue, int symbol, long orderId) {
    intents.add(Intent.cancel("test", purpose, venue, symbol, orderId));
  }

  @Override
  public void replace(
      IntentPurpose purpose,
      int venue,
      int symbol,
      long orderId,
      Side side,
      long newPriceMicros,
      long newQuantity) {
    intents.add(
        Intent.replace("test", purpose, venue, symbol, orderId, side, newPriceMicros, newQuantity));
  }

  /** New orders on one side, best first as proposed. */
  public List<Intent> orders(Side side) {
    return intents.stream().filter(i -> i.kind() == RequestKind.NEW && i.side() == side).toList();
  }
}
