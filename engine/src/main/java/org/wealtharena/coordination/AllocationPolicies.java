package org.wealtharena.coordination;

/**
 * Where a coordinator gets its policies at the start of an episode: one per role it needs ({@link
 * #META_CONTROLLER}, {@link #PLANNER}, or an agent id in decentralized mode), with the observation
 * and action sizes that role uses.
 */
@FunctionalInterface
public interface AllocationPolicies {

  /** Role of the hierarchical coordinator's meta-controller. */
  String META_CONTROLLER = "meta_controller";

  /** Role of the centralized coordinator's planner. */
  String PLANNER = "planner";

  AllocationPolicy policyFor(String role, int observationSize, int actionSize);
}
