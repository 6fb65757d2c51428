package org.wealtharena.coordination;

import java.util.Arrays;
import java.util.Locale;

/** How the team is coordinated; {@link #label()} is the metrics' {@code coordination_type}. */
public enum CoordinationType {
  /** A meta-controller sets each agent's capital, risk budget and aggressiveness every N steps. */
  HIERARCHICAL,
  /** One planner sees all intents, nets opposite orders and allocates capital jointly. */
  CENTRALIZED,
  /** Agents act on their own; only the risk manager stands between them and the market. */
  DECENTRALIZED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type with this label; the error names the labels that exist. */
  public static CoordinationType fromLabel(String label) {
    for (CoordinationType type : values()) {
      if (type.label().equals(label)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "unknown coordination type '"
            + label
            + "' (known: "
            + Arrays.stream(values()).map(CoordinationType::label).toList()
            + ")");
  }
}
