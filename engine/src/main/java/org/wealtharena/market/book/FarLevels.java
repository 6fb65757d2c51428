package org.wealtharena.market.book;

import java.util.Arrays;

/**
 * The price levels of one side that lie beyond its dense window, on the far side from the touch:
 * parallel arrays sorted by {@link #key}, best level last, so the levels the window takes back when
 * the touch moves come off the end and a level that leaves the window goes on it. Holds only
 * non-empty levels, so its memory follows the number of far levels, not the prices they span.
 */
final class FarLevels {
  private static final int INITIAL_CAPACITY = 16;

  private final boolean bidSide;

  /** {@link #key} of each level, ascending: the worst level first, the best last. */
  private long[] keys = new long[INITIAL_CAPACITY];

  long[] quantity = new long[INITIAL_CAPACITY];
  int[] head = new int[INITIAL_CAPACITY];
  int[] tail = new int[INITIAL_CAPACITY];
  private int size;

  FarLevels(boolean bidSide) {
    this.bidSide = bidSide;
  }

  /** A level's sort key: higher is better, so a bid's tick and an ask's negated tick. */
  private long key(long tick) {
    return bidSide ? tick : -tick;
  }

  int size() {
    return size;
  }

  /** Length of the arrays: at most twice the most far levels held at once (16 at least). */
  int capacity() {
    return keys.length;
  }

  long tick(int index) {
    return bidSide ? keys[index] : -keys[index];
  }

  /** Index of the level at {@code tick}, or {@code -(insertion point) - 1} if there is none. */
  int indexOf(long tick) {
    return Arrays.binarySearch(keys, 0, size, key(tick));
  }

  /**
   * Opens an empty level at {@code tick} (absent, see {@link #indexOf}) and returns its index; the
   * caller links its first order.
   */
  int open(long tick) {
    int index = -indexOf(tick) - 1;
    if (size == keys.length) {
      grow();
    }
    int after = size - index;
    System.arraycopy(keys, index, keys, index + 1, after);
    System.arraycopy(quantity, index, quantity, index + 1, after);
    System.arraycopy(head, index, head, index + 1, after);
    System.arraycopy(tail, index, tail, index + 1, after);
    keys[index] = key(tick);
    quantity[index] = 0;
    head[index] = 0;
    tail[index] = 0;
    size++;
    return index;
  }

  /** Adds a level better than every level held (one the window lets go of). */
  void pushBest(long tick, long levelQuantity, int levelHead, int levelTail) {
    if (size == keys.length) {
      grow();
    }
    keys[size] = key(tick);
    quantity[size] = levelQuantity;
    head[size] = levelHead;
    tail[size] = levelTail;
    size++;
  }

  /** Forgets the level at {@code index} (emptied, or taken into the window). */
  void remove(int index) {
    int after = size - index - 1;
    System.arraycopy(keys, index + 1, keys, index, after);
    System.arraycopy(quantity, index + 1, quantity, index, after);
    System.arraycopy(head, index + 1, head, index, after);
    System.arraycopy(tail, index + 1, tail, index, after);
    size--;
  }

  /** Throws unless the keys strictly ascend: one entry per price, best last. */
  void checkSorted(String side) {
    for (int i = 1; i < size; i++) {
      if (keys[i - 1] >= keys[i]) {
        throw new IllegalStateException(
            side + ": far levels " + tick(i - 1) + " and " + tick(i) + " out of order");
      }
    }
  }

  private void grow() {
    int capacity = keys.length * 2;
    keys = Arrays.copyOf(keys, capacity);
    quantity = Arrays.copyOf(quantity, capacity);
    head = Arrays.copyOf(head, capacity);
    tail = Arrays.copyOf(tail, capacity);
  }
}
