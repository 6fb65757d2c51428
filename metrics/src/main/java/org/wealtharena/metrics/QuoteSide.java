package org.wealtharena.metrics;

import java.util.Locale;

/**
 * QuoteSide of a market maker's quote ({@code side} label of {@code market_maker_quotes_total}).
 */
public enum QuoteSide implements LabelValue {
  BID,
  ASK;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
