package org.wealtharena.metrics;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A label name and, where the catalog fixes them, the only values it may take (else null). */
record LabelSpec(String name, Set<String> allowed) {

  static LabelSpec label(String name) {
    return new LabelSpec(name, null);
  }

  static LabelSpec label(String name, LabelValue[] allowed) {
    return new LabelSpec(
        name,
        Arrays.stream(allowed).map(LabelValue::label).collect(Collectors.toUnmodifiableSet()));
  }
}
