package org.wealtharena.coordination.policy;

import java.util.Arrays;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.AllocationPolicy;

/**
 * Every role writes an all-zero action: the neutral allocation (equal shares, aggressiveness 0.5),
 * which is also what an untrained policy with zero-mean output amounts to.
 */
public final class NeutralPolicies implements AllocationPolicies {
  private static final AllocationPolicy ZERO =
      new AllocationPolicy() {
        @Override
        public void act(double[] observation, double[] action) {
          Arrays.fill(action, 0);
        }

        @Override
        public void reward(double reward, boolean episodeDone) {}
      };

  @Override
  public AllocationPolicy policyFor(String role, int observationSize, int actionSize) {
    return ZERO;
  }
}
