package org.wealtharena.market.book;

/**
 * One side of a book: price levels in an array indexed by tick offset from {@code baseTick}, each a
 * FIFO list of pool slots (time priority), plus a bitset of non-empty levels so finding the next
 * best level skips 64 empty levels per step. Far cheaper than a TreeMap for the few hundred levels
 * near the touch, and allocation-free except when the price range outgrows the array.
 */
final class PriceLadder {
  private static final int INITIAL_LEVELS = 1024;

  /**
   * The most levels one side spans (16 bytes each, 32 MiB): the window grows with the price range
   * in ticks, which is the band around the price, so prices are refused where the band would not
   * fit (see {@link OrderBook#highestPriceTicks}) instead of the array outgrowing the heap.
   */
  static final int MAX_LEVELS = 1 << 21;

  private final boolean bidSide;
  private final OrderPool pool;
  private long baseTick;
  private long[] quantity;
  private int[] head;
  private int[] tail;
  private long[] occupied;

  /** Index of the best non-empty level, -1 when the side is empty. */
  private int best = -1;

  private int levels;

  PriceLadder(boolean bidSide, OrderPool pool, long centreTick) {
    this.bidSide = bidSide;
    this.pool = pool;
    allocate(INITIAL_LEVELS);
    baseTick = centreTick - INITIAL_LEVELS / 2;
  }

  boolean isEmpty() {
    return best < 0;
  }

  /** Best price in ticks; only meaningful when not empty. */
  long bestTick() {
    return baseTick + best;
  }

  /** Oldest order at the best level; 0 when empty. */
  int bestHead() {
    return best < 0 ? 0 : head[best];
  }

  long bestQuantity() {
    return best < 0 ? 0 : quantity[best];
  }

  int levelCount() {
    return levels;
  }

  /** Appends a pool slot at the back of its price level's queue. */
  void append(int slot) {
    long tick = pool.priceTicks[slot];
    if (tick < baseTick || tick >= baseTick + quantity.length) {
      recentre(tick);
    }
    int i = (int) (tick - baseTick);
    int last = tail[i];
    if (last == 0) {
      head[i] = slot;
      occupied[i >>> 6] |= 1L << i;
      levels++;
      if (best < 0 || (bidSide ? i > best : i < best)) {
        best = i;
      }
    } else {
      pool.next[last] = slot;
      pool.prev[slot] = last;
    }
    tail[i] = slot;
    quantity[i] += pool.remaining[slot];
  }

  /** Unlinks a slot from its level (the caller frees it); fixes the best level if it emptied. */
  void remove(int slot) {
    int i = (int) (pool.priceTicks[slot] - baseTick);
    int before = pool.prev[slot];
    int after = pool.next[slot];
    if (before == 0) {
      head[i] = after;
    } else {
      pool.next[before] = after;
    }
    if (after == 0) {
      tail[i] = before;
    } else {
      pool.prev[after] = before;
    }
    quantity[i] -= pool.remaining[slot];
    if (head[i] == 0) {
      occupied[i >>> 6] &= ~(1L << i);
      levels--;
      if (i == best) {
        best = bidSide ? highestAtOrBelow(i - 1) : lowestAtOrAbove(i + 1);
      }
    }
  }

  /** The level of a resting slot shrank by {@code amount} (partial fill or quantity decrease). */
  void reduce(int slot, long amount) {
    quantity[(int) (pool.priceTicks[slot] - baseTick)] -= amount;
  }

  /**
   * Copies up to {@code max} levels, best first, into the arrays; returns how many were written.
   */
  int depth(int max, long[] ticksOut, long[] quantityOut) {
    int n = 0;
    int i = best;
    while (i >= 0 && n < max) {
      ticksOut[n] = baseTick + i;
      quantityOut[n] = quantity[i];
      n++;
      i = bidSide ? highestAtOrBelow(i - 1) : lowestAtOrAbove(i + 1);
    }
    return n;
  }

  /**
   * Walks every level and throws at the first inconsistency: an empty level with a queue, bit or
   * quantity; a queue whose links, prices, sides or quantities do not match its level; an order the
   * index does not map to its slot; a wrong level count or best level. Returns the number of orders
   * resting on this side.
   */
  int checkInvariants(OrderIndex index) {
    int orders = 0;
    int nonEmpty = 0;
    int bestSeen = -1;
    for (int i = 0; i < quantity.length; i++) {
      boolean marked = (occupied[i >>> 6] & (1L << i)) != 0;
      if (head[i] == 0) {
        if (marked || tail[i] != 0 || quantity[i] != 0) {
          throw broken(i, "is empty but marked, with a tail or a quantity " + quantity[i]);
        }
        continue;
      }
      if (!marked) {
        throw broken(i, "has orders but is not marked occupied");
      }
      nonEmpty++;
      if (bestSeen < 0 || (bidSide ? i > bestSeen : i < bestSeen)) {
        bestSeen = i;
      }
      long sum = 0;
      int previous = 0;
      for (int slot = head[i]; slot != 0; slot = pool.next[slot]) {
        if (pool.prev[slot] != previous || ++orders > pool.allocated()) {
          throw broken(i, "queue links broken at slot " + slot);
        }
        if (pool.priceTicks[slot] != baseTick + i || pool.buy[slot] != bidSide) {
          throw broken(i, "holds order " + pool.orderId[slot] + " of another price or side");
        }
        if (pool.remaining[slot] <= 0) {
          throw broken(i, "holds order " + pool.orderId[slot] + " with nothing remaining");
        }
        if (index.get(pool.orderId[slot]) != slot) {
          throw broken(i, "holds order " + pool.orderId[slot] + " that is not in the index");
        }
        sum += pool.remaining[slot];
        previous = slot;
      }
      if (tail[i] != previous) {
        throw broken(i, "tail is slot " + tail[i] + ", the queue ends at " + previous);
      }
      if (sum != quantity[i]) {
        throw broken(i, "total " + quantity[i] + " != sum of its orders " + sum);
      }
    }
    if (nonEmpty != levels || bestSeen != best) {
      throw new IllegalStateException(
          side()
              + ": "
              + nonEmpty
              + " levels with best "
              + bestSeen
              + ", recorded "
              + levels
              + " with best "
              + best);
    }
    return orders;
  }

  private IllegalStateException broken(int level, String what) {
    return new IllegalStateException(side() + " level " + (baseTick + level) + " " + what);
  }

  private String side() {
    return bidSide ? "bids" : "asks";
  }

  private int highestAtOrBelow(int from) {
    if (from < 0) {
      return -1;
    }
    int w = from >>> 6;
    long word = occupied[w] & (-1L >>> (63 - (from & 63)));
    while (true) {
      if (word != 0) {
        return (w << 6) + 63 - Long.numberOfLeadingZeros(word);
      }
      if (--w < 0) {
        return -1;
      }
      word = occupied[w];
    }
  }

  private int lowestAtOrAbove(int from) {
    if (from >= quantity.length) {
      return -1;
    }
    int w = from >>> 6;
    long word = occupied[w] & (-1L << (from & 63));
    while (true) {
      if (word != 0) {
        return (w << 6) + Long.numberOfTrailingZeros(word);
      }
      if (++w == occupied.length) {
        return -1;
      }
      word = occupied[w];
    }
  }

  /** Moves or widens the array window so that {@code tick} fits, keeping every level. */
  private void recentre(long tick) {
    long[] oldQuantity = quantity;
    int[] oldHead = head;
    int[] oldTail = tail;
    long oldBase = baseTick;
    long low = levels == 0 ? tick : Math.min(oldBase, tick);
    long high = levels == 0 ? tick : Math.max(oldBase + oldQuantity.length - 1, tick);
    long span = high - low + 1;
    long size = oldQuantity.length;
    while (size < 2 * span && size < MAX_LEVELS) {
      size *= 2;
    }
    if (span > size) {
      throw new IllegalStateException(
          side()
              + " would span "
              + span
              + " ticks, more than the "
              + MAX_LEVELS
              + " levels a side holds");
    }
    allocate((int) size);
    baseTick = low - (size - span) / 2;
    best = -1;
    for (int old = 0; old < oldQuantity.length; old++) {
      if (oldHead[old] != 0) {
        int i = (int) (oldBase + old - baseTick);
        quantity[i] = oldQuantity[old];
        head[i] = oldHead[old];
        tail[i] = oldTail[old];
        occupied[i >>> 6] |= 1L << i;
        if (best < 0 || (bidSide ? i > best : i < best)) {
          best = i;
        }
      }
    }
  }

  private void allocate(int size) {
    quantity = new long[size];
    head = new int[size];
    tail = new int[size];
    occupied = new long[size >>> 6];
  }
}
