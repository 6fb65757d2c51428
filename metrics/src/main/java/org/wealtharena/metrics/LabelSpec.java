package org.wealtharena.metrics;

import java.util.Set;

/**
 * A label name and, where its values are enumerated, the only values it may take (else null). An
 * extensible set is the endpoint's vocabulary for that label, shared by every family with the
 * label, to which users add their own values ({@link EndpointMetrics#allowLabelValues}); a fixed
 * one (side, status, severity) is the catalog's.
 */
record LabelSpec(String name, Set<String> allowed, boolean extensible) {

  static LabelSpec free(String name) {
    return new LabelSpec(name, null, false);
  }

  static LabelSpec fixed(String name, LabelValue[] values) {
    return new LabelSpec(name, LabelVocabulary.labels(values), false);
  }
}
