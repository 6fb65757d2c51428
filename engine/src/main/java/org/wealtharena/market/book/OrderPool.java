package org.wealtharena.market.book;

import java.util.Arrays;

/**
 * Resting orders stored as parallel arrays ("struct of arrays") indexed by a slot number, with a
 * free list, so entering and removing orders allocates nothing once the pool has grown. Slot 0 is
 * the null slot: zero-initialised arrays mean "no order".
 */
final class OrderPool {
  long[] orderId;
  int[] participant;
  long[] priceTicks;
  long[] remaining;
  boolean[] buy;

  /** Next and previous order at the same price level (time priority), 0 at the ends. */
  int[] next;

  int[] prev;

  private int used = 1;
  private int freeHead;

  OrderPool(int capacity) {
    resize(Math.max(capacity, 2));
  }

  int allocate(long id, int owner, boolean isBuy, long ticks, long quantity) {
    int slot;
    if (freeHead != 0) {
      slot = freeHead;
      freeHead = next[slot];
    } else {
      if (used == orderId.length) {
        resize(orderId.length * 2);
      }
      slot = used++;
    }
    orderId[slot] = id;
    participant[slot] = owner;
    buy[slot] = isBuy;
    priceTicks[slot] = ticks;
    remaining[slot] = quantity;
    next[slot] = 0;
    prev[slot] = 0;
    return slot;
  }

  void free(int slot) {
    remaining[slot] = 0;
    prev[slot] = 0;
    next[slot] = freeHead;
    freeHead = slot;
  }

  /** Slots handed out so far (resting or free again). */
  int allocated() {
    return used - 1;
  }

  /**
   * Length of the free list; throws if it holds a slot that was never allocated or still has a
   * quantity, or loops.
   */
  int checkFreeList() {
    int count = 0;
    for (int slot = freeHead; slot != 0; slot = next[slot]) {
      if (slot >= used || remaining[slot] != 0 || ++count > allocated()) {
        throw new IllegalStateException(
            "free list: slot " + slot + " (of " + allocated() + ") remaining " + remaining[slot]);
      }
    }
    return count;
  }

  private void resize(int capacity) {
    orderId = orderId == null ? new long[capacity] : Arrays.copyOf(orderId, capacity);
    participant = participant == null ? new int[capacity] : Arrays.copyOf(participant, capacity);
    priceTicks = priceTicks == null ? new long[capacity] : Arrays.copyOf(priceTicks, capacity);
    remaining = remaining == null ? new long[capacity] : Arrays.copyOf(remaining, capacity);
    buy = buy == null ? new boolean[capacity] : Arrays.copyOf(buy, capacity);
    next = next == null ? new int[capacity] : Arrays.copyOf(next, capacity);
    prev = prev == null ? new int[capacity] : Arrays.copyOf(prev, capacity);
  }
}
