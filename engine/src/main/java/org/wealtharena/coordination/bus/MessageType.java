package org.wealtharena.coordination.bus;

import java.util.Locale;

/** What a bus message carries; {@link #label()} is the {@code message_type} label. */
public enum MessageType {
  /** An agent's proposed order, cancel or replace, agent to coordinator. */
  INTENT,
  /**
   * An intent that will not reach a venue, with the reason, coordinator (or risk manager) to agent;
   * the agent is told on delivery.
   */
  VETO,
  /** A new budget, coordinator to agent; the agent's from delivery on. */
  ALLOCATION,
  /**
   * A notice that the agent's order executed, market to agent; counted, not acted on: the fill
   * itself reaches the agent's account from its venue the moment it executes (its seat is the
   * venue's participant), which the bus, delivering once per step, would delay.
   */
  FILL_REPORT;

  private final String label = name().toLowerCase(Locale.ROOT);

  public String label() {
    return label;
  }
}
