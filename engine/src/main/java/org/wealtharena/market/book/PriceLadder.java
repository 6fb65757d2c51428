package org.wealtharena.market.book;

import java.util.Arrays;

/**
 * One side of a book. The levels near the touch sit in a fixed-width array window indexed by tick
 * offset from {@code baseTick}, each a FIFO list of pool slots (time priority), plus a bitset of
 * non-empty levels so finding the next best level skips 64 empty levels per step: far cheaper than
 * a TreeMap for the few hundred levels where trading happens, and allocation-free. Levels beyond
 * the window's far edge (from the touch) go to {@link FarLevels}, a sorted list of the non-empty
 * ones, so the side's memory is the window plus what its resting levels need, whatever the price
 * and however far apart the orders rest.
 *
 * <p>Invariants: every far level is worse than every price the window covers, and the window holds
 * the best level whenever the side is not empty. So the touch and matching only ever look at the
 * window. The window re-centres on the touch when an order comes in better than its near edge
 * (letting go of the levels that fall off its far edge), when its last level empties, and when the
 * touch has moved within a quarter of its width of the far edge while far levels wait (taking back
 * those that fit).
 */
final class PriceLadder {
  /**
   * Width of the window in ticks (a 64th of it is a word of the bitset): ±$10.24 around the touch
   * in cents and 32 KiB a side. In a default 6.5 h session (seed 7) no order went to the far levels
   * and each side re-centred at most twice.
   */
  static final int WINDOW_LEVELS = 2048;

  private final boolean bidSide;
  private final OrderPool pool;
  private final int width;
  private final long[] quantity;
  private final int[] head;
  private final int[] tail;
  private final long[] occupied;
  private final FarLevels far;
  private long baseTick;

  /** Index of the best non-empty level, -1 when the side is empty. */
  private int best = -1;

  /** Non-empty levels inside the window. */
  private int windowLevels;

  PriceLadder(boolean bidSide, OrderPool pool, long centreTick) {
    this(bidSide, pool, centreTick, WINDOW_LEVELS);
  }

  /** A ladder with a window of {@code width} ticks (a multiple of 64), narrow in tests. */
  PriceLadder(boolean bidSide, OrderPool pool, long centreTick, int width) {
    this.bidSide = bidSide;
    this.pool = pool;
    this.width = width;
    quantity = new long[width];
    head = new int[width];
    tail = new int[width];
    occupied = new long[width >>> 6];
    far = new FarLevels(bidSide);
    baseTick = windowBaseAround(centreTick);
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

  /** Width of the window in ticks, fixed for the ladder's life. */
  int windowWidth() {
    return width;
  }

  /** Length of the far levels' arrays. */
  int farCapacity() {
    return far.capacity();
  }

  /** Appends a pool slot at the back of its price level's queue. */
  void append(int slot) {
    long tick = pool.priceTicks[slot];
    long offset = tick - baseTick;
    if (offset < 0 || offset >= width) {
      if (!windowTakes(tick)) {
        appendFar(slot, tick);
        return;
      }
      offset = tick - baseTick;
    }
    int i = (int) offset;
    if (link(head, tail, quantity, i, slot)) {
      occupied[i >>> 6] |= 1L << i;
      windowLevels++;
      if (best < 0 || (bidSide ? i > best : i < best)) {
        best = i;
      }
    }
  }

  /** Unlinks a slot from its level (the caller frees it); fixes the best level if it emptied. */
  void remove(int slot) {
    long offset = pool.priceTicks[slot] - baseTick;
    if (offset < 0 || offset >= width) {
      removeFar(slot);
      return;
    }
    int i = (int) offset;
    if (unlink(head, tail, quantity, i, slot)) {
      occupied[i >>> 6] &= ~(1L << i);
      windowLevels--;
      if (i == best) {
        best = bidSide ? highestAtOrBelow(i - 1) : lowestAtOrAbove(i + 1);
        if (far.size() > 0) {
          followTouch();
        }
      }
    }
  }

  private void removeFar(int slot) {
    int level = far.indexOf(pool.priceTicks[slot]);
    if (unlink(far.head, far.tail, far.quantity, level, slot)) {
      far.remove(level);
    }
  }

  /**
   * The touch moved away from the near edge while far levels wait: once the window is empty, or the
   * touch is within a quarter of the width of the far edge, centre the window on it again.
   */
  private void followTouch() {
    if (best < 0) {
      recentre(far.tick(far.size() - 1));
    } else if (bidSide ? best < width / 4 : best >= width - width / 4) {
      recentre(baseTick + best);
    }
  }

  /** The best level shrank by {@code amount}: its oldest order was partly filled. */
  void reduceBest(long amount) {
    quantity[best] -= amount;
  }

  /** The level of a resting slot shrank by {@code amount} (partial fill or quantity decrease). */
  void reduce(int slot, long amount) {
    long offset = pool.priceTicks[slot] - baseTick;
    if (offset < 0 || offset >= width) {
      far.quantity[far.indexOf(pool.priceTicks[slot])] -= amount;
      return;
    }
    quantity[(int) offset] -= amount;
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
    for (int level = far.size() - 1; level >= 0 && n < max; level--) {
      ticksOut[n] = far.tick(level);
      quantityOut[n] = far.quantity[level];
      n++;
    }
    return n;
  }

  /**
   * Walks every level and throws at the first inconsistency: an empty level with a queue, bit or
   * quantity; a queue whose links, prices, sides or quantities do not match its level; an order the
   * index does not map to its slot; a wrong level count or best level; a far level out of order,
   * inside the window or better than it, or far levels held while the window is empty. Returns the
   * number of orders resting on this side.
   */
  int checkInvariants(OrderIndex index) {
    int orders = 0;
    int nonEmpty = 0;
    int bestSeen = -1;
    for (int i = 0; i < width; i++) {
      boolean marked = (occupied[i >>> 6] & (1L << i)) != 0;
      if (head[i] == 0) {
        if (marked || tail[i] != 0 || quantity[i] != 0) {
          throw broken(
              baseTick + i, "is empty but marked, with a tail or a quantity " + quantity[i]);
        }
        continue;
      }
      if (!marked) {
        throw broken(baseTick + i, "has orders but is not marked occupied");
      }
      nonEmpty++;
      if (bestSeen < 0 || (bidSide ? i > bestSeen : i < bestSeen)) {
        bestSeen = i;
      }
      orders += checkQueue(index, baseTick + i, head[i], tail[i], quantity[i]);
    }
    if (nonEmpty != windowLevels || bestSeen != best) {
      throw new IllegalStateException(
          side()
              + ": "
              + nonEmpty
              + " window levels with best "
              + bestSeen
              + ", recorded "
              + windowLevels
              + " with best "
              + best);
    }
    far.checkSorted(side());
    if (far.size() > 0 && best < 0) {
      throw new IllegalStateException(side() + ": far levels held while the window is empty");
    }
    for (int level = 0; level < far.size(); level++) {
      long tick = far.tick(level);
      if (bidSide ? tick >= baseTick : tick < baseTick + width) {
        throw broken(tick, "is a far level but not beyond the window's far edge");
      }
      if (far.head[level] == 0) {
        throw broken(tick, "is an empty far level");
      }
      orders += checkQueue(index, tick, far.head[level], far.tail[level], far.quantity[level]);
    }
    return orders;
  }

  /** Checks one level's queue and returns its number of orders. */
  private int checkQueue(OrderIndex index, long tick, int first, int last, long total) {
    int orders = 0;
    long sum = 0;
    int previous = 0;
    for (int slot = first; slot != 0; slot = pool.next[slot]) {
      if (pool.prev[slot] != previous || ++orders > pool.allocated()) {
        throw broken(tick, "queue links broken at slot " + slot);
      }
      if (pool.priceTicks[slot] != tick || pool.buy[slot] != bidSide) {
        throw broken(tick, "holds order " + pool.orderId[slot] + " of another price or side");
      }
      if (pool.remaining[slot] <= 0) {
        throw broken(tick, "holds order " + pool.orderId[slot] + " with nothing remaining");
      }
      if (index.get(pool.orderId[slot]) != slot) {
        throw broken(tick, "holds order " + pool.orderId[slot] + " that is not in the index");
      }
      sum += pool.remaining[slot];
      previous = slot;
    }
    if (last != previous) {
      throw broken(tick, "tail is slot " + last + ", the queue ends at " + previous);
    }
    if (sum != total) {
      throw broken(tick, "total " + total + " != sum of its orders " + sum);
    }
    return orders;
  }

  private IllegalStateException broken(long tick, String what) {
    return new IllegalStateException(side() + " level " + tick + " " + what);
  }

  private String side() {
    return bidSide ? "bids" : "asks";
  }

  /**
   * Puts {@code slot} at the back of the queue of level {@code i} in these level arrays (the
   * window's or the far levels'); true if the level was empty.
   */
  private boolean link(int[] heads, int[] tails, long[] quantities, int i, int slot) {
    int last = tails[i];
    if (last == 0) {
      heads[i] = slot;
    } else {
      pool.next[last] = slot;
      pool.prev[slot] = last;
    }
    tails[i] = slot;
    quantities[i] += pool.remaining[slot];
    return last == 0;
  }

  /** Takes {@code slot} out of the queue of level {@code i}; true if that emptied the level. */
  private boolean unlink(int[] heads, int[] tails, long[] quantities, int i, int slot) {
    int before = pool.prev[slot];
    int after = pool.next[slot];
    if (before == 0) {
      heads[i] = after;
    } else {
      pool.next[before] = after;
    }
    if (after == 0) {
      tails[i] = before;
    } else {
      pool.prev[after] = before;
    }
    quantities[i] -= pool.remaining[slot];
    return heads[i] == 0;
  }

  /**
   * For a tick outside the window: moves the window onto it and returns true if it is better than
   * the window's near edge (or the side is empty), else returns false: it is a far level.
   */
  private boolean windowTakes(long tick) {
    if (best < 0) {
      baseTick = windowBaseAround(tick); // an empty side: nothing to move
      return true;
    }
    if (bidSide ? tick < baseTick : tick >= baseTick + width) {
      return false;
    }
    recentre(tick);
    return true;
  }

  private void appendFar(int slot, long tick) {
    int level = far.indexOf(tick);
    if (level < 0) {
      level = far.open(tick); // before reading the arrays: opening may grow them
    }
    link(far.head, far.tail, far.quantity, level, slot);
  }

  /**
   * The base that puts {@code tick} in the middle of the window, kept within 0..Long.MAX_VALUE so
   * that tick offsets never overflow (prices are positive).
   */
  private long windowBaseAround(long tick) {
    return Math.max(0, Math.min(tick - width / 2, Long.MAX_VALUE - width + 1));
  }

  /**
   * Moves the window to centre on {@code tick}, the touch or a price better than it. Levels that
   * fall off the window's far edge join the far levels as their best ones; far levels that now fit
   * come back into the window. Nothing falls off the near edge: the touch stays inside.
   */
  private void recentre(long tick) {
    long newBase = windowBaseAround(tick);
    long shift = newBase - baseTick;
    // Leaving, worst first, so each is better than the far levels already held.
    if (bidSide) {
      for (int i = lowestAtOrAbove(0); i >= 0 && i < shift; i = lowestAtOrAbove(i + 1)) {
        evict(i);
      }
    } else {
      for (int i = highestAtOrBelow(width - 1); i >= 0 && i >= width + shift; ) {
        evict(i);
        i = highestAtOrBelow(i - 1);
      }
    }
    shiftWindow(shift);
    baseTick = newBase;
    while (far.size() > 0) {
      int level = far.size() - 1;
      long offset = far.tick(level) - baseTick;
      if (offset < 0 || offset >= width) {
        break;
      }
      int i = (int) offset;
      quantity[i] = far.quantity[level];
      head[i] = far.head[level];
      tail[i] = far.tail[level];
      occupied[i >>> 6] |= 1L << i;
      windowLevels++;
      far.remove(level);
    }
    best = bidSide ? highestAtOrBelow(width - 1) : lowestAtOrAbove(0);
  }

  private void evict(int i) {
    far.pushBest(baseTick + i, quantity[i], head[i], tail[i]);
    quantity[i] = 0;
    head[i] = 0;
    tail[i] = 0;
    occupied[i >>> 6] &= ~(1L << i);
    windowLevels--;
  }

  /** Moves the window's levels {@code shift} places down (up if negative), then re-marks them. */
  private void shiftWindow(long shift) {
    if (Math.abs(shift) >= width) {
      Arrays.fill(quantity, 0);
      Arrays.fill(head, 0);
      Arrays.fill(tail, 0);
    } else if (shift != 0) {
      int by = (int) Math.abs(shift);
      int from = shift > 0 ? by : 0;
      int to = shift > 0 ? 0 : by;
      int vacatedFrom = shift > 0 ? width - by : 0;
      System.arraycopy(quantity, from, quantity, to, width - by);
      System.arraycopy(head, from, head, to, width - by);
      System.arraycopy(tail, from, tail, to, width - by);
      Arrays.fill(quantity, vacatedFrom, vacatedFrom + by, 0);
      Arrays.fill(head, vacatedFrom, vacatedFrom + by, 0);
      Arrays.fill(tail, vacatedFrom, vacatedFrom + by, 0);
    }
    Arrays.fill(occupied, 0);
    for (int i = 0; i < width; i++) {
      if (head[i] != 0) {
        occupied[i >>> 6] |= 1L << i;
      }
    }
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
    if (from >= width) {
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
}
