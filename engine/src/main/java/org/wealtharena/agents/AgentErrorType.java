package org.wealtharena.agents;

import java.util.Locale;
import org.wealtharena.metrics.AgentMetrics;

/**
 * The {@code error_type} label of {@code specialized_agent_errors_total}: a fixed set, so an agent
 * throwing ever new exception classes cannot grow the series count.
 */
public enum AgentErrorType {
  ILLEGAL_ARGUMENT,
  ILLEGAL_STATE,
  ARITHMETIC,
  NULL_POINTER,
  INDEX_OUT_OF_BOUNDS,
  OTHER;

  private final String label = name().toLowerCase(Locale.ROOT);

  public static AgentErrorType of(Throwable error) {
    if (error instanceof IllegalArgumentException) {
      return ILLEGAL_ARGUMENT;
    }
    if (error instanceof IllegalStateException) {
      return ILLEGAL_STATE;
    }
    if (error instanceof ArithmeticException) {
      return ARITHMETIC;
    }
    if (error instanceof NullPointerException) {
      return NULL_POINTER;
    }
    if (error instanceof IndexOutOfBoundsException) {
      return INDEX_OUT_OF_BOUNDS;
    }
    return OTHER;
  }

  /** Creates every error series of an agent at zero. */
  public static void initializeAll(AgentMetrics metrics) {
    for (AgentErrorType type : values()) {
      metrics.initializeError(type.label());
    }
  }

  public String label() {
    return label;
  }
}
