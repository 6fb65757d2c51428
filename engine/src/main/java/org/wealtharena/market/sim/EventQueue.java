package org.wealtharena.market.sim;

import java.util.Arrays;

/**
 * The simulation's agenda: a binary min-heap of events ordered by time, then by the sequence number
 * given when scheduled, so equal-time events run in the order they were scheduled and the order
 * never depends on anything but the simulation itself. Stored as parallel primitive arrays, each
 * event's time and sequence side by side in one; {@link #pop()} leaves the removed event in the
 * {@code popped*} accessors instead of allocating.
 *
 * <p>Most events reschedule their source right after running (a trader's next arrival), so {@link
 * #pop()} leaves the root empty and the next {@link #push} fills it, sifting down once instead of a
 * sift-down of the last event for the pop and a sift-up for the push. Any other access first fills
 * the root with the last event as a plain pop would. Either way the events come out in the same
 * order: (time, sequence) is a total order.
 */
public final class EventQueue {
  /** Time of slot i at 2i, its sequence number at 2i + 1. */
  private long[] keys = new long[128];

  private int[] kind = new int[64];
  private int[] target = new int[64];
  private Object[] payload = new Object[64];

  /** Events held; while {@link #rootVacant} they sit in slots 1..size, else in 0..size-1. */
  private int size;

  private boolean rootVacant;
  private long nextSequence;

  private long poppedTime;
  private int poppedKind;
  private int poppedTarget;
  private Object poppedPayload;

  /** Schedules an event; {@code target} and {@code payload} mean whatever {@code kind} says. */
  public void push(long atNanos, int eventKind, int eventTarget, Object eventPayload) {
    long seq = nextSequence++;
    if (rootVacant) {
      rootVacant = false;
      siftDown(atNanos, seq, eventKind, eventTarget, eventPayload, ++size);
      return;
    }
    if (size == kind.length) {
      grow();
    }
    int i = size++;
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
    fillRoot();
    return keys[0];
  }

  /** Removes the earliest event and exposes it through the {@code popped*} accessors. */
  public void pop() {
    fillRoot();
    poppedTime = keys[0];
    poppedKind = kind[0];
    poppedTarget = target[0];
    poppedPayload = payload[0];
    payload[0] = null;
    size--;
    rootVacant = true;
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

  /** Ends a pop that no push followed: the last event takes the root and sinks to its place. */
  private void fillRoot() {
    if (!rootVacant) {
      return;
    }
    rootVacant = false;
    if (size == 0) {
      return;
    }
    int last = size;
    long t = keys[2 * last];
    long seq = keys[2 * last + 1];
    Object p = payload[last];
    payload[last] = null;
    siftDown(t, seq, kind[last], target[last], p, size);
  }

  /** Puts an event into the empty root of a heap of {@code count} slots and sinks it. */
  private void siftDown(long t, long seq, int k, int tg, Object p, int count) {
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= count) {
        break;
      }
      if (child + 1 < count && before(keys[2 * child + 2], keys[2 * child + 3], child)) {
        child++;
      }
      if (!before(keys[2 * child], keys[2 * child + 1], t, seq)) {
        break;
      }
      move(child, i);
      i = child;
    }
    set(i, t, seq, k, tg, p);
  }

  private void grow() {
    int capacity = kind.length * 2;
    keys = Arrays.copyOf(keys, 2 * capacity);
    kind = Arrays.copyOf(kind, capacity);
    target = Arrays.copyOf(target, capacity);
    payload = Arrays.copyOf(payload, capacity);
  }

  private boolean before(long t, long seq, int slot) {
    return before(t, seq, keys[2 * slot], keys[2 * slot + 1]);
  }

  private static boolean before(long t1, long seq1, long t2, long seq2) {
    return t1 < t2 || (t1 == t2 && seq1 < seq2);
  }

  private void move(int from, int to) {
    set(to, keys[2 * from], keys[2 * from + 1], kind[from], target[from], payload[from]);
  }

  private void set(int i, long t, long seq, int k, int tg, Object p) {
    keys[2 * i] = t;
    keys[2 * i + 1] = seq;
    kind[i] = k;
    target[i] = tg;
    payload[i] = p;
  }
}
