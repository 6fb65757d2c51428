package org.wealtharena.cli.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the agents are coordinated during training; written in lower case in files and on the command line. */
public enum Coordination {
  HIERARCHICAL,
  CENTRALIZED,
  DECENTRALIZED;

  /** The name used in config files, checkpoints and reports, e.g. {@code hierarchical}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Coordination> fromLabel(String text) {
    return Arrays.stream(values()).filter(c -> c.label().equals(text.trim().toLowerCase(Locale.ROOT))).findFirst();
  }

  static String labels() {
    return Arrays.stream(values()).map(Coordination::label).collect(Collectors.joining(", "));
  }
}
