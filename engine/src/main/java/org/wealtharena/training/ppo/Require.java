package org.wealtharena.training.ppo;

/** Argument checks shared by this package; each names the offending argument. */
final class Require {

  private Require() {}

  static void unitInterval(double value, String name) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
  }

  static void positiveFinite(double value, String name) {
    if (!(value > 0.0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
    }
  }

  static void nonNegativeFinite(double value, String name) {
    if (!(value >= 0.0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(name + " must be non-negative and finite, got " + value);
    }
  }

  /** An option that is off when infinite, so only NaN and non-positive values are wrong. */
  static void positiveOrInfinite(double value, String name) {
    if (!(value > 0.0)) {
      throw new IllegalArgumentException(
          name + " must be positive (infinite disables it), got " + value);
    }
  }

  static void finiteVector(double[] vector, int expectedLength, String name) {
    if (vector.length != expectedLength) {
      throw new IllegalArgumentException(
          name + " has length " + vector.length + ", expected " + expectedLength);
    }
    for (int i = 0; i < vector.length; i++) {
      if (!Double.isFinite(vector[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] is " + vector[i]);
      }
    }
  }
}
