package org.wealtharena.training.trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongPredicate;
import org.wealtharena.coordination.AgentEpisodeResult;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.AllocationPolicy;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeResult;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.market.regime.RegimeShares;

/**
 * A stand-in team environment whose reward depends on the allocation: every decision step draws a
 * context x in [-1, 1]^2 from the episode's seed, and a role earns -(a0 - x0)^2 - (a1 + 0.5 x1)^2
 * for its action a. Hierarchical and centralized teams have one role (meta-controller or planner),
 * decentralized teams two independent learners, each seeing its own context. Deterministic per
 * seed.
 */
final class BanditTeam implements TeamEpisodeRunner {

  static final String[] DECENTRALIZED_ROLES = {"agent-a", "agent-b"};

  private final LongPredicate nanRewardForSeed;
  private final LongPredicate failForSeed;

  BanditTeam() {
    this(seed -> false, seed -> false);
  }

  /** A team that pays a NaN reward, or throws, in the episodes whose seed matches. */
  BanditTeam(LongPredicate nanRewardForSeed, LongPredicate failForSeed) {
    this.nanRewardForSeed = nanRewardForSeed;
    this.failForSeed = failForSeed;
  }

  @Override
  public TeamEpisodeResult run(TeamEpisodeSpec spec, AllocationPolicies policies) {
    if (failForSeed.test(spec.seed())) {
      throw new IllegalStateException("scripted failure of episode " + spec.seed());
    }
    List<String> roles =
        spec.coordination() == CoordinationType.DECENTRALIZED
            ? List.of(DECENTRALIZED_ROLES)
            : List.of(
                spec.coordination() == CoordinationType.HIERARCHICAL
                    ? AllocationPolicies.META_CONTROLLER
                    : AllocationPolicies.PLANNER);
    List<AllocationPolicy> team = new ArrayList<>();
    for (String role : roles) {
      team.add(policies.policyFor(role, 2, 2));
    }
    SplittableRandom market = new SplittableRandom(spec.seed());
    int steps = (int) (spec.durationNanos() / spec.decisionStepNanos());
    double[] roleRewards = new double[roles.size()];
    // PnL of 100 dollars per unit of reward; a poisoned (NaN) reward is no trade
    double[] rolePnl = new double[roles.size()];
    double[] action = new double[2];
    for (int step = 0; step < steps; step++) {
      boolean last = step == steps - 1;
      for (int r = 0; r < team.size(); r++) {
        double[] context = {market.nextDouble(-1, 1), market.nextDouble(-1, 1)};
        team.get(r).act(context, action);
        double reward =
            -Math.pow(action[0] - context[0], 2) - Math.pow(action[1] + 0.5 * context[1], 2);
        if (last && nanRewardForSeed.test(spec.seed())) {
          reward = Double.NaN;
        }
        team.get(r).reward(reward, last);
        roleRewards[r] += reward;
        rolePnl[r] += Double.isFinite(reward) ? 100 * reward : 0;
      }
    }
    double teamReward = 0;
    double teamPnl = 0;
    List<AgentEpisodeResult> agents = new ArrayList<>();
    for (int r = 0; r < roles.size(); r++) {
      teamReward += roleRewards[r];
      teamPnl += rolePnl[r];
      agents.add(new AgentEpisodeResult(roles.get(r), "learner", roleRewards[r], rolePnl[r], 1000));
    }
    return new TeamEpisodeResult(
        spec.seed(),
        teamReward,
        spec.durationNanos() / 1e9,
        new AgentEpisodeResult("all", "all", teamReward, teamPnl, 1000 * roles.size()),
        agents,
        new RegimeShares(
            new double[] {1, 0, 0, 0, 0, 0})); // a bandit has no market regimes: all "calm"
  }
}
