package org.wealtharena.agents.risk;

import java.util.Arrays;

/**
 * A budget figure (capital, risk budget) as the limits use it: a raise applies at once, a cut only
 * {@code graceNanos} after it was made. That is the largest value in force at any time in the last
 * {@code graceNanos}, kept as a monotone queue of the values that can still be that largest one,
 * each with the time it stopped being in force. Every cut gets its full grace, however soon after
 * the last one it comes.
 */
final class DelayedCuts {
  private static final long IN_FORCE = Long.MAX_VALUE;

  private final long graceNanos;
  private long[] values = new long[8];
  private long[] endedNanos = new long[8];
  private int first;
  private int size;

  DelayedCuts(long graceNanos) {
    this.graceNanos = graceNanos;
  }

  /** Notes the value in force at {@code now}; returns the value the limits use. */
  long observe(long now, long value) {
    if (size == 0 || values[index(size - 1)] != value) {
      if (size > 0) {
        endedNanos[index(size - 1)] = now; // the value in force until now
      }
      while (size > 0 && values[index(size - 1)] <= value) {
        size--; // never the largest again while value is in the window
      }
      if (size == values.length) {
        grow();
      }
      values[index(size)] = value;
      endedNanos[index(size)] = IN_FORCE;
      size++;
    }
    while (endedNanos[first] <= now - graceNanos) {
      first = (first + 1) % values.length;
      size--;
    }
    return values[first];
  }

  private int index(int i) {
    return (first + i) % values.length;
  }

  private void grow() {
    long[] v = new long[values.length * 2];
    long[] e = new long[values.length * 2];
    for (int i = 0; i < size; i++) {
      v[i] = values[index(i)];
      e[i] = endedNanos[index(i)];
    }
    Arrays.fill(e, size, e.length, IN_FORCE);
    values = v;
    endedNanos = e;
    first = 0;
  }
}
