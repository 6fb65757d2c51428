package org.wealtharena.agents.risk;

import java.util.Arrays;

/**
 * The last {@code capacity} values of a series, kept in arrival order (to know which one leaves)
 * and sorted (so a quantile is a read): adding a value costs two binary searches and two array
 * moves instead of sorting the window again.
 */
final class SortedWindow {
  private final double[] arrivals;
  private final double[] sorted;
  private int size;
  private int next;

  SortedWindow(int capacity) {
    this.arrivals = new double[capacity];
    this.sorted = new double[capacity];
  }

  /** Adds a finite value; when the window is full the oldest value leaves it. */
  void add(double value) {
    if (size == arrivals.length) {
      int leaving = Arrays.binarySearch(sorted, 0, size, arrivals[next]);
      System.arraycopy(sorted, leaving + 1, sorted, leaving, size - leaving - 1);
      size--;
    }
    arrivals[next] = value;
    next = (next + 1) % arrivals.length;
    int at = Arrays.binarySearch(sorted, 0, size, value);
    if (at < 0) {
      at = -at - 1;
    }
    System.arraycopy(sorted, at, sorted, at + 1, size - at);
    sorted[at] = value;
    size++;
  }

  int size() {
    return size;
  }

  /** The window's values in ascending order in {@code [0, size())}; read-only. */
  double[] sortedValues() {
    return sorted;
  }
}
