package org.wealtharena.market.sim;

import java.util.Arrays;

/**
 * The simulation's agenda: a binary min-heap of events ordered by time, then by the sequence number
 * given when scheduled, so equal-time events run in the order they were scheduled and the order
 * never depends on anything but the simulation itself. Stored as parallel primitive arrays; {@link
 * #pop()} leaves the removed event in the {@code popped*} accessors instead of allocating.
 */
public final class EventQueue {
  private long[] time = new long[64];
  private long[] sequence = new long[64];
  private int[] kind = new int[64];
  private int[] target = new int[64];
  private Object[] payload = new Object[64];
  private int size;
  private long nextSequence;

  private long poppedTime;
  private int poppedKind;
  private int poppedTarget;
  private Object poppedPayload;

  /** Schedules an event; {@code target} and {@code payload} mean whatever {@code kind} says. */
  public void push(long atNanos, int eventKind, int eventTarget, Object eventPayload) {
    if (size == time.length) {
      int capacity = size * 2;
      time = Arrays.copyOf(time, capacity);
      sequence = Arrays.copyOf(sequence, capacity);
      kind = Arrays.copyOf(kind, capacity);
      target = Arrays.copyOf(target, capacity);
      payload = Arrays.copyOf(payload, capacity);
    }
    int i = size++;
    long seq = nextSequence++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(atNanos, seq, parent)) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, atNanos, seq, eventKind, eventTarget, eventPayload);
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  /** Time of the earliest event; only valid when not empty. */
  public long peekTime() {
    return time[0];
  }

  /** Removes the earliest event and exposes it through the {@code popped*} accessors. */
  public void pop() {
    poppedTime = time[0];
    poppedKind = kind[0];
    poppedTarget = target[0];
    poppedPayload = payload[0];
    int last = --size;
    long t = time[last];
    long seq = sequence[last];
    int k = kind[last];
    int tg = target[last];
    Object p = payload[last];
    payload[last] = null;
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && before(time[child + 1], sequence[child + 1], child)) {
        child++;
      }
      if (!before(time[child], sequence[child], t, seq)) {
        break;
      }
      move(child, i);
      i = child;
    }
    if (size > 0) {
      set(i, t, seq, k, tg, p);
    }
  }

  public long poppedTime() {
    return poppedTime;
  }

  public int poppedKind() {
    return poppedKind;
  }

  public int poppedTarget() {
    return poppedTarget;
  }

  public Object poppedPayload() {
    return poppedPayload;
  }

  private boolean before(long t, long seq, int slot) {
    return before(t, seq, time[slot], sequence[slot]);
  }

  private static boolean before(long t1, long seq1, long t2, long seq2) {
    return t1 < t2 || (t1 == t2 && seq1 < seq2);
  }

  private void move(int from, int to) {
    set(to, time[from], sequence[from], kind[from], target[from], payload[from]);
  }

  private void set(int i, long t, long seq, int k, int tg, Object p) {
    time[i] = t;
    sequence[i] = seq;
    kind[i] = k;
    target[i] = tg;
    payload[i] = p;
  }
}
