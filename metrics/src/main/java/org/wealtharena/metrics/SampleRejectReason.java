package org.wealtharena.metrics;

import java.util.Locale;

/**
 * Why a sample was not stored; the {@code reason} label of {@code
 * wealtharena_metrics_rejected_total}.
 */
enum SampleRejectReason {
  NOT_FINITE,
  OUT_OF_RANGE,
  NEGATIVE,
  BLANK_LABEL,
  UNKNOWN_VALUE,
  LABEL_TOO_LONG,
  CARDINALITY_LIMIT;

  private final String label = name().toLowerCase(Locale.ROOT);

  String label() {
    return label;
  }
}
