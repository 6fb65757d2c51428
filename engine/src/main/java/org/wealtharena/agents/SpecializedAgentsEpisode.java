package org.wealtharena.agents;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.wealtharena.agents.risk.RiskLimits;
import org.wealtharena.agents.risk.RiskManager;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * A team of specialized agents and a risk manager trading one {@link MarketSimulation}. One
 * decision step ({@link #step()}):
 *
 * <ol>
 *   <li>the market advances by the step (background flow; the agents' earlier orders arrive and
 *       fill, and their fills and results reach the agents through their seats);
 *   <li>the risk manager, if the team has one, runs its post-trade checks (it may halt agents, put
 *       them in reducing mode and propose reducing orders for them);
 *   <li>each agent, in team order, observes and proposes intents;
 *   <li>the {@link IntentRouting} approves or denies every intent (by default each passes the risk
 *       manager's pre-trade check) and sends the approved ones through the agent's gateway.
 * </ol>
 *
 * <p>A team built {@link Builder#withoutRiskManager() without a risk manager} routes every intent
 * unchecked and has no risk manager outcome; it is for comparing agents with and without the
 * checks.
 *
 * <p>Deterministic: agents run in the fixed order they were added, no decision reads the wall clock
 * (it is only measured for latency metrics), so a seed and a team give the same fills.
 */
public final class SpecializedAgentsEpisode {
  private final MarketSimulation simulation;
  private final SimulationMarketView market;
  private final List<AgentSeat> seats;
  private final RiskManager riskManager;
  private final IntentRouting routing;
  private final long stepNanos;
  private final RewardSpec rewardSpec;

  private SpecializedAgentsEpisode(Builder builder, RiskManager riskManager) {
    this.simulation = builder.simulation;
    this.market = builder.market;
    this.seats = List.copyOf(builder.seats);
    this.riskManager = riskManager;
    if (builder.routing != null) {
      this.routing = builder.routing;
    } else if (riskManager != null) {
      this.routing = new RiskCheckedRouting(seats, market, riskManager);
    } else {
      this.routing = this::routeUnchecked;
    }
    this.stepNanos = builder.stepNanos;
    this.rewardSpec = builder.rewardSpec;
  }

  public static Builder builder(MarketSimulation simulation, SpecializedAgentMetrics metrics) {
    return new Builder(simulation, metrics);
  }

  /**
   * The {@link DefaultTeam} on the embedded market, its risk manager with {@link
   * RiskLimits#defaults()}; each trading agent has $1M of capital and a $10k risk budget.
   */
  public static Builder defaultTeam(MarketSimulation simulation, SpecializedAgentMetrics metrics) {
    return defaultTeam(simulation, metrics, EnumSet.allOf(AgentType.class));
  }

  /**
   * The members of the {@link #defaultTeam(MarketSimulation, SpecializedAgentMetrics) default team}
   * whose types are in {@code members}, in the default team's order; without {@link
   * AgentType#RISK_MANAGER} the team has {@linkplain Builder#withoutRiskManager() no risk manager}.
   * Nothing is seated for members that are left out, so their metrics stay empty.
   */
  public static Builder defaultTeam(
      MarketSimulation simulation, SpecializedAgentMetrics metrics, Set<AgentType> members) {
    Budget budget = Budget.ofDollars(1_000_000, 10_000);
    Builder team = builder(simulation, metrics);
    for (TradingAgent agent : DefaultTeam.tradingAgents(simulation.symbols(), metrics, members)) {
      team.agent(agent, budget);
    }
    if (!members.contains(AgentType.RISK_MANAGER)) {
      team.withoutRiskManager();
    }
    return team;
  }

  /** One decision step; see the class comment. */
  public void step() {
    advanceAndDecide();
    route();
  }

  /**
   * The first part of a step: market advance, the risk manager's post-trade checks, the agents'
   * intents.
   */
  public void advanceAndDecide() {
    simulation.advanceBy(stepNanos);
    if (riskManager != null) {
      riskManager.postTrade(market);
    }
    for (int i = 0; i < seats.size(); i++) {
      seats.get(i).decide();
    }
  }

  /**
   * The rest of a step: the routing takes the intents to the venues (separate so it can be timed
   * alone).
   */
  public void route() {
    routing.route();
  }

  /**
   * Runs whole steps for {@code durationNanos} of simulated time, then records every agent's
   * episode and reward ({@link RewardSpec}).
   */
  public EpisodeOutcomes run(long durationNanos) {
    if (durationNanos < stepNanos) {
      throw new IllegalArgumentException(
          "durationNanos must be at least one step, got " + durationNanos);
    }
    long[] startPnl = new long[seats.size()];
    long[] startCritical = new long[seats.size()];
    for (int i = 0; i < seats.size(); i++) {
      startPnl[i] = seats.get(i).account().pnlMicros(market);
      startCritical[i] = criticalViolations(seats.get(i));
    }
    long startTeamCritical = riskManager == null ? 0 : riskManager.totalCriticalViolations();
    long steps = durationNanos / stepNanos;
    long wallStart = System.nanoTime();
    for (long k = 0; k < steps; k++) {
      step();
    }
    for (int i = 0; i < seats.size(); i++) {
      seats.get(i).publishMetrics();
    }
    if (riskManager != null) {
      riskManager.publishMetrics();
    }
    long wallNanos = System.nanoTime() - wallStart;

    List<AgentOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < seats.size(); i++) {
      AgentSeat seat = seats.get(i);
      AgentAccount account = seat.account();
      long pnl = account.pnlMicros(market) - startPnl[i];
      long critical = criticalViolations(seat) - startCritical[i];
      double reward = rewardSpec.reward(pnl, critical);
      seat.metrics().episode();
      seat.metrics().reward(reward);
      outcomes.add(
          new AgentOutcome(
              seat.agentId(),
              seat.agent().type(),
              pnl,
              account.fills(),
              account.sharesTraded(),
              account.feesMicros(),
              critical,
              reward,
              seat.tradingState(),
              seat.failed()));
    }
    if (riskManager == null) {
      return new EpisodeOutcomes(outcomes, steps, wallNanos);
    }
    long teamCritical = riskManager.totalCriticalViolations() - startTeamCritical;
    double riskReward = rewardSpec.riskManagerReward(teamCritical);
    riskManager.agentMetrics().episode();
    riskManager.agentMetrics().reward(riskReward);
    outcomes.add(
        new AgentOutcome(
            riskManager.id(),
            AgentType.RISK_MANAGER,
            0,
            0,
            0,
            0,
            teamCritical,
            riskReward,
            TradingState.ACTIVE,
            riskManager.failed()));
    return new EpisodeOutcomes(outcomes, steps, wallNanos);
  }

  private long criticalViolations(AgentSeat seat) {
    return riskManager == null ? 0 : riskManager.criticalViolations(seat);
  }

  /** Sends every proposed intent: the routing of a team without a risk manager. */
  private void routeUnchecked() {
    for (int a = 0; a < seats.size(); a++) {
      AgentSeat seat = seats.get(a);
      for (int i = 0; i < seat.proposed().size(); i++) {
        seat.send(seat.proposed().get(i));
      }
      seat.clearProposed();
    }
  }

  public List<AgentSeat> seats() {
    return seats;
  }

  public AgentSeat seat(String agentId) {
    return seats.stream()
        .filter(s -> s.agentId().equals(agentId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no agent " + agentId + " in this team"));
  }

  /** The risk manager, empty for a team built {@link Builder#withoutRiskManager()}. */
  public Optional<RiskManager> riskManager() {
    return Optional.ofNullable(riskManager);
  }

  public MarketView market() {
    return market;
  }

  /**
   * Builds an episode: agents in the order they will act, the risk manager, the routing, the step.
   * Whoever replaces the risk manager or the routing builds them over {@link #seats()} and {@link
   * #market()} once every agent is seated.
   */
  public static final class Builder {
    private final MarketSimulation simulation;
    private final SpecializedAgentMetrics metrics;
    private final SimulationMarketView market;
    private final List<AgentSeat> seats = new ArrayList<>();
    private RiskManager riskManager;
    private boolean withRiskManager = true;
    private RiskLimits riskLimits = RiskLimits.defaults();
    private IntentRouting routing;
    private long stepNanos = SimulationClock.SECOND;
    private RewardSpec rewardSpec = RewardSpec.defaults();

    private Builder(MarketSimulation simulation, SpecializedAgentMetrics metrics) {
      this.simulation = simulation;
      this.metrics = metrics;
      this.market = new SimulationMarketView(simulation);
    }

    /** Seats an agent (connecting it to the venues); agents act in the order they are added. */
    public Builder agent(TradingAgent agent, Budget budget) {
      for (AgentSeat seat : seats) {
        if (seat.agentId().equals(agent.id())) {
          throw new IllegalArgumentException("agent id " + agent.id() + " is already taken");
        }
      }
      seats.add(new AgentSeat(agent, budget, simulation, market, metrics));
      return this;
    }

    /** The agents seated so far, in team order. */
    public List<AgentSeat> seats() {
      return List.copyOf(seats);
    }

    /** The view of the market every seat and check of the episode reads. */
    public MarketView market() {
      return market;
    }

    /**
     * The team's risk manager, watching every seat; without one the episode makes {@link
     * DefaultTeam#RISK_MANAGER_ID} with {@link #riskLimits(RiskLimits) its limits}.
     */
    public Builder riskManager(RiskManager manager) {
      this.riskManager = manager;
      this.withRiskManager = true;
      return this;
    }

    /**
     * The limits of the risk manager the episode makes when none is {@linkplain
     * #riskManager(RiskManager) given}; {@link RiskLimits#defaults()} unless set.
     */
    public Builder riskLimits(RiskLimits limits) {
      this.riskLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** No risk manager: no pre- or post-trade checks, every intent is routed as proposed. */
    public Builder withoutRiskManager() {
      this.riskManager = null;
      this.withRiskManager = false;
      return this;
    }

    /**
     * Replaces the routing step (by default every intent passes the risk manager's pre-trade
     * check); the replacement keeps the risk manager's veto itself.
     */
    public Builder routing(IntentRouting replacement) {
      this.routing = replacement;
      return this;
    }

    public Builder stepNanos(long nanos) {
      if (nanos <= 0) {
        throw new IllegalArgumentException("stepNanos must be positive, got " + nanos);
      }
      this.stepNanos = nanos;
      return this;
    }

    public Builder reward(RewardSpec spec) {
      this.rewardSpec = spec;
      return this;
    }

    public SpecializedAgentsEpisode build() {
      if (seats.isEmpty()) {
        throw new IllegalArgumentException("agents must not be empty");
      }
      RiskManager manager = riskManager;
      if (manager == null && withRiskManager) {
        manager = new RiskManager(DefaultTeam.RISK_MANAGER_ID, riskLimits, metrics, seats);
      }
      return new SpecializedAgentsEpisode(this, manager);
    }
  }
}
