package org.wealtharena.metrics;

/** One coordination mechanism of one coordination type: the per-decision-step families. */
public final class CoordinationMethodMetrics {

  private final BoundHistogram overhead;
  private final BoundHistogram decisionLatency;
  private final BoundCounter usage;

  CoordinationMethodMetrics(MultiAgentMetrics owner, String coordinationType, String method) {
    this.overhead = owner.overhead.bind(coordinationType, method);
    this.decisionLatency = owner.decisionLatency.bind(method, coordinationType);
    this.usage = owner.methodUsage.bind(method, coordinationType);
  }

  /** Wall time in seconds the coordinator spent on one decision step. */
  public void overhead(double seconds) {
    overhead.observe(seconds);
  }

  /** Time in seconds to one coordination decision. */
  public void decisionLatency(double seconds) {
    decisionLatency.observe(seconds);
  }

  /** This mechanism made a decision. */
  public void used() {
    usage.inc();
  }

  /** Adds {@code decisions} uses at once, for callers that count a step's decisions first. */
  public void used(long decisions) {
    usage.inc(decisions);
  }
}
