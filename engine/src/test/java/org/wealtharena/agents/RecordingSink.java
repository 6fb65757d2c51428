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
    long id = nextId++;
    intents.add(
        new Intent(
            "test",
            RequestKind.NEW,
            purpose,
            venue,
            symbol,
            side,
            type,
            priceMicros,
            quantity,
            id));
    return id;
  }

  @Override
  public void cancel(IntentPurpose purpose, int venue, int symbol, long orderId) {
    intents.add(
        new Intent("test", RequestKind.CANCEL, purpose, venue, symbol, null, null, 0, 0, orderId));
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
        new Intent(
            "test",
            RequestKind.REPLACE,
            purpose,
            venue,
            symbol,
            side,
            OrderType.LIMIT,
            newPriceMicros,
            newQuantity,
            orderId));
  }

  /** New orders on one side, best first as proposed. */
  public List<Intent> orders(Side side) {
    return intents.stream().filter(i -> i.kind() == RequestKind.NEW && i.side() == side).toList();
  }
}
