package org.wealtharena.market.regime;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The share of a span of market time each regime held, by {@link Regime#ordinal()} ({@link
 * RegimePath#timeShares}); empty when not known. Compared by value, so the records that carry it
 * keep their generated equality.
 */
public record RegimeShares(double[] values) implements Serializable {

  /** Shares of an episode whose market did not report them. */
  public static final RegimeShares UNKNOWN = new RegimeShares(new double[0]);

  public RegimeShares {
    values = values.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  public boolean known() {
    return values.length > 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegimeShares that && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
