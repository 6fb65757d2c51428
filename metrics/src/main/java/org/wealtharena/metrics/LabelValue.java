package org.wealtharena.metrics;

/** A label value the catalog names, as it appears on the wire (lower snake case). */
public interface LabelValue {
  String label();
}
