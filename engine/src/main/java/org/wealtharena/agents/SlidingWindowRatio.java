package org.wealtharena.agents;

/**
 * Σ numerator / Σ denominator over the last {@code capacity} entries, each entry keyed so that its
 * numerator can grow after it was added (a quote's fills arrive after it was posted). A ring of
 * primitive arrays with running sums: adding, crediting and reading allocate nothing.
 *
 * <p>The market maker's fill rate is filled / posted quantity over its last N quotes; the arbitrage
 * success rate is successes / executions over its last N executions.
 */
public final class SlidingWindowRatio {
  private final long[] keys;
  private final long[] numerators;
  private final long[] denominators;
  private int next;
  private int size;
  private long numeratorSum;
  private long denominatorSum;

  public SlidingWindowRatio(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    keys = new long[capacity];
    numerators = new long[capacity];
    denominators = new long[capacity];
  }

  /** Adds an entry, evicting the oldest when full. */
  public void add(long key, long denominator, long numerator) {
    if (denominator < 0 || numerator < 0) {
      throw new IllegalArgumentException("denominator and numerator must not be negative");
    }
    if (size == keys.length) {
      numeratorSum -= numerators[next];
      denominatorSum -= denominators[next];
    } else {
      size++;
    }
    keys[next] = key;
    numerators[next] = numerator;
    denominators[next] = denominator;
    numeratorSum += numerator;
    denominatorSum += denominator;
    next = (next + 1) % keys.length;
  }

  /**
   * Adds to the numerator of the newest entry with {@code key}, capped at its denominator; returns
   * false when no entry in the window has that key (it was evicted, or never added).
   */
  public boolean credit(long key, long amount) {
    for (int i = 0, slot = next; i < size; i++) {
      slot = slot == 0 ? keys.length - 1 : slot - 1;
      if (keys[slot] == key) {
        long credited = Math.min(amount, denominators[slot] - numerators[slot]);
        numerators[slot] += credited;
        numeratorSum += credited;
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return denominatorSum == 0;
  }

  /** The ratio, 0 when nothing is in the window. */
  public double ratio() {
    return denominatorSum == 0 ? 0.0 : numeratorSum / (double) denominatorSum;
  }

  public int size() {
    return size;
  }
}
