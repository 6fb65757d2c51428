package org.wealtharena.coordination.policy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.AllocationPolicy;

/**
 * Every role writes the same action whatever it observes: a fixed allocation, such as "all capital
 * to the market maker" or the best constant allocation a search found. Safe to share between
 * concurrent episodes (it holds no state that acting changes), and serializable, so it can be
 * played where an engine runs episodes.
 */
public final class ConstantPolicies implements AllocationPolicies, Serializable {

  private static final long serialVersionUID = 1L;

  /** One role's place in a flat action vector: its name and its action's size. */
  public record Role(String name, int actionSize) implements Serializable {
    public Role {
      if (name == null || name.isBlank() || actionSize < 1) {
        throw new IllegalArgumentException("a role needs a name and a positive action size");
      }
    }
  }

  private final LinkedHashMap<String, double[]> actions;

  private ConstantPolicies(LinkedHashMap<String, double[]> actions) {
    this.actions = actions;
  }

  /**
   * Splits {@code flat} into the roles' actions, in the order of {@code roles}.
   *
   * @throws IllegalArgumentException if the sizes do not add up to {@code flat.length}
   */
  public static ConstantPolicies of(List<Role> roles, double[] flat) {
    int total = roles.stream().mapToInt(Role::actionSize).sum();
    if (total != flat.length) {
      throw new IllegalArgumentException(
          "the roles take " + total + " action values, got " + flat.length);
    }
    LinkedHashMap<String, double[]> actions = new LinkedHashMap<>();
    int offset = 0;
    for (Role role : roles) {
      actions.put(role.name(), Arrays.copyOfRange(flat, offset, offset + role.actionSize()));
      offset += role.actionSize();
    }
    return new ConstantPolicies(actions);
  }

  /** The roles, and their action sizes, that {@code policies} are asked for in one episode. */
  public static List<Role> rolesAskedBy(EpisodeProbe probe) {
    List<Role> roles = new ArrayList<>();
    probe.run(
        (role, observationSize, actionSize) -> {
          roles.add(new Role(role, actionSize));
          return new NeutralPolicies().policyFor(role, observationSize, actionSize);
        });
    return List.copyOf(roles);
  }

  /** Runs one episode with the policies given (to see which roles it asks for). */
  @FunctionalInterface
  public interface EpisodeProbe {
    void run(AllocationPolicies policies);
  }

  /** The action of {@code role}, a copy. */
  public double[] action(String role) {
    double[] action = actions.get(role);
    if (action == null) {
      throw new IllegalArgumentException("no constant action for role " + role);
    }
    return action.clone();
  }

  @Override
  public AllocationPolicy policyFor(String role, int observationSize, int actionSize) {
    double[] action = action(role);
    if (action.length != actionSize) {
      throw new IllegalArgumentException(
          "role "
              + role
              + " takes "
              + actionSize
              + " action values, the constant has "
              + action.length);
    }
    return new AllocationPolicy() {
      @Override
      public void act(double[] observation, double[] out) {
        System.arraycopy(action, 0, out, 0, actionSize);
      }

      @Override
      public void reward(double reward, boolean episodeDone) {}
    };
  }
}
