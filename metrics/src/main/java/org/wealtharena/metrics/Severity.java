package org.wealtharena.metrics;

import java.util.Locale;

/** Severity of a risk violation. */
public enum Severity implements LabelValue {
  WARNING,
  CRITICAL;

  private final String label = name().toLowerCase(Locale.ROOT);

  @Override
  public String label() {
    return label;
  }
}
