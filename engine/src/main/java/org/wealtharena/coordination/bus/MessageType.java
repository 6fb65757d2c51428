package org.wealtharena.coordination.bus;

import java.util.Locale;

/** What a bus message carries; {@link #label()} is the {@code message_type} label. */
public enum MessageType {
  /** An agent's proposed order, cancel or replace, agent to coordinator. */
  INTENT,
  /** An intent that will not reach a venue, coordinator (or risk manager) to agent. */
  VETO,
  /** A new budget, coordinator to agent. */
  ALLOCATION,
  /** An execution of the agent's order, market to agent. */
  FILL_REPORT;

  private final String label = name().toLowerCase(Locale.ROOT);

  public String label() {
    return label;
  }
}
