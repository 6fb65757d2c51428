package org.wealtharena.coordination;

/**
 * A decision maker a coordinator consults every few decision steps: the hierarchical
 * meta-controller, the centralized planner's allocation, or one independent learner per agent in
 * decentralized mode. The coordinator fixes the layout of observations and actions for each role;
 * the coordination package ships fixed heuristic policies, the training package learnable ones.
 *
 * <p>Called on the episode's own thread, in a fixed order, so that an episode is deterministic.
 */
public interface AllocationPolicy {

  /**
   * Writes an action for {@code observation}. Actions are unbounded reals; the coordinator maps
   * them to budgets (e.g. through a softmax or a sigmoid) and documents how.
   */
  void act(double[] observation, double[] action);

  /**
   * The reward earned since the previous {@link #act}, and whether the episode ended with it.
   * Called exactly once after each {@code act}.
   */
  void reward(double reward, boolean episodeDone);
}
