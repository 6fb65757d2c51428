package org.wealtharena.market.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A deliberately naive order book for tests: a plain list scanned in full for every decision. Slow
 * but obviously right, so the real book must produce exactly the same fills and results.
 */
final class ReferenceBook {
  record Resting(long id, int participant, Side side, long price, long remaining, long time) {}

  record Match(long makerId, int maker, long takerId, int taker, Side side, long price, long qty) {}

  record Outcome(RejectReason reason, long filled, long resting, long cancelled) {}

  private final List<Resting> orders = new ArrayList<>();
  final List<Match> matches = new ArrayList<>();
  private long clock;

  Outcome submit(long id, int participant, Side side, OrderType type, long price, long qty) {
    if (qty <= 0) {
      return reject(RejectReason.NON_POSITIVE_QUANTITY);
    }
    if (find(id) != null) {
      return reject(RejectReason.DUPLICATE_ORDER_ID);
    }
    return enter(id, participant, side, type, price, qty, 0);
  }

  Outcome cancel(long id, int participant) {
    Resting r = find(id);
    if (r == null) {
      return reject(RejectReason.UNKNOWN_ORDER);
    }
    if (r.participant() != participant) {
      return reject(RejectReason.NOT_OWNER);
    }
    orders.remove(r);
    return new Outcome(RejectReason.NONE, 0, 0, r.remaining());
  }

  Outcome replace(long id, int participant, long price, long qty) {
    if (qty <= 0) {
      return reject(RejectReason.NON_POSITIVE_QUANTITY);
    }
    Resting r = find(id);
    if (r == null) {
      return reject(RejectReason.UNKNOWN_ORDER);
    }
    if (r.participant() != participant) {
      return reject(RejectReason.NOT_OWNER);
    }
    if (price == r.price() && qty <= r.remaining()) {
      orders.set(orders.indexOf(r), new Resting(id, participant, r.side(), price, qty, r.time()));
      return new Outcome(RejectReason.NONE, 0, qty, r.remaining());
    }
    orders.remove(r);
    return enter(id, participant, r.side(), OrderType.LIMIT, price, qty, r.remaining());
  }

  private Outcome enter(
      long id, int participant, Side side, OrderType type, long price, long qty, long cancelled) {
    long left = qty;
    while (left > 0) {
      Resting best = bestOpposite(side);
      if (best == null
          || (type != OrderType.MARKET
              && (side == Side.BUY ? best.price() > price : best.price() < price))) {
        break;
      }
      long traded = Math.min(left, best.remaining());
      left -= traded;
      matches.add(
          new Match(best.id(), best.participant(), id, participant, side, best.price(), traded));
      int at = orders.indexOf(best);
      if (traded == best.remaining()) {
        orders.remove(at);
      } else {
        orders.set(
            at,
            new Resting(
                best.id(),
                best.participant(),
                best.side(),
                best.price(),
                best.remaining() - traded,
                best.time()));
      }
    }
    if (left > 0 && type == OrderType.LIMIT) {
      orders.add(new Resting(id, participant, side, price, left, clock++));
      return new Outcome(RejectReason.NONE, qty - left, left, cancelled);
    }
    return new Outcome(RejectReason.NONE, qty - left, 0, cancelled + left);
  }

  private Resting bestOpposite(Side side) {
    Comparator<Resting> byPrice = Comparator.comparingLong(Resting::price);
    Comparator<Resting> priority =
        (side == Side.BUY ? byPrice : byPrice.reversed()).thenComparingLong(Resting::time);
    return orders.stream().filter(o -> o.side() != side).min(priority).orElse(null);
  }

  private Resting find(long id) {
    return orders.stream().filter(o -> o.id() == id).findFirst().orElse(null);
  }

  private static Outcome reject(RejectReason reason) {
    return new Outcome(reason, 0, 0, 0);
  }
}
