package org.wealtharena.market.book;

/**
 * Live order id to pool slot, as an open-addressing hash table of primitives (no boxing, no
 * garbage). Linear probing with backward-shift deletion, so there are no tombstones. Slot 0 marks
 * an empty cell, which works because pool slots start at 1.
 */
final class OrderIndex {
  private long[] keys;
  private int[] slots;
  private int mask;
  private int size;

  OrderIndex(int capacity) {
    int cells = Integer.highestOneBit(Math.max(capacity, 8) * 2 - 1) * 2;
    keys = new long[cells];
    slots = new int[cells];
    mask = cells - 1;
  }

  /** The slot of a live order, or 0. */
  int get(long orderId) {
    int i = home(orderId);
    while (slots[i] != 0) {
      if (keys[i] == orderId) {
        return slots[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  /** Adds an id that is not present (the book checks for duplicates first). */
  void put(long orderId, int slot) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int i = home(orderId);
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    keys[i] = orderId;
    slots[i] = slot;
    size++;
  }

  void remove(long orderId) {
    int i = home(orderId);
    while (slots[i] != 0 && keys[i] != orderId) {
      i = (i + 1) & mask;
    }
    if (slots[i] == 0) {
      return;
    }
    size--;
    // Shift later entries of the probe run back into the hole if their home allows it.
    int j = i;
    while (true) {
      j = (j + 1) & mask;
      if (slots[j] == 0) {
        break;
      }
      int k = home(keys[j]);
      if (((j - k) & mask) >= ((j - i) & mask)) {
        keys[i] = keys[j];
        slots[i] = slots[j];
        i = j;
      }
    }
    slots[i] = 0;
  }

  int size() {
    return size;
  }

  /** Throws unless every entry is found by its own probe and {@link #size()} counts them. */
  void checkInvariants() {
    int entries = 0;
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] != 0) {
        entries++;
        if (get(keys[i]) != slots[i]) {
          throw new IllegalStateException("index: order " + keys[i] + " not found by its probe");
        }
      }
    }
    if (entries != size) {
      throw new IllegalStateException("index: " + entries + " entries, size " + size);
    }
  }

  private int home(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldSlots[i] != 0) {
        put(oldKeys[i], oldSlots[i]);
      }
    }
  }
}
