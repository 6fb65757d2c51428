package org.wealtharena.coordination.coordinator;

import java.util.Locale;

/** The mechanisms that decide in a coordinator; {@link #label()} is the {@code method} label. */
public enum CoordinationMethod {
  /** Routing one step's intents (overhead per decision step, every coordination type). */
  ROUTING,
  /** The hierarchical meta-controller set the budgets. */
  META_ALLOCATION,
  /** The centralized planner set the budgets. */
  CENTRAL_ALLOCATION,
  /** An independent learner set its own agent's aggressiveness (decentralized). */
  INDEPENDENT,
  /** The planner kept an intent from trading against a teammate. */
  CENTRAL_NETTING,
  /** An intent was cut for lack of capital, risk budget or order rate. */
  BUDGET_ENFORCEMENT,
  /** The risk manager's pre-trade check denied an intent. */
  RISK_VETO;

  private final String label = name().toLowerCase(Locale.ROOT);

  public String label() {
    return label;
  }
}
