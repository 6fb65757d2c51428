package org.wealtharena.market.flow;

/** A background trader's memory of its resting order ids: a ring that forgets the oldest. */
final class RestingOrders {
  private final long[] ids;
  private int oldest;
  private int size;

  RestingOrders(int capacity) {
    ids = new long[capacity];
  }

  /** Remembers an id; when full, forgets and returns the oldest one (else returns 0). */
  long add(long id) {
    long evicted = 0;
    if (size == ids.length) {
      evicted = ids[oldest];
      oldest = (oldest + 1) % ids.length;
      size--;
    }
    ids[(oldest + size) % ids.length] = id;
    size++;
    return evicted;
  }

  /** Forgets and returns the {@code i}-th remembered id (0 = oldest). */
  long remove(int i) {
    int at = (oldest + i) % ids.length;
    long id = ids[at];
    ids[at] = ids[oldest];
    oldest = (oldest + 1) % ids.length;
    size--;
    return id;
  }

  int size() {
    return size;
  }
}
