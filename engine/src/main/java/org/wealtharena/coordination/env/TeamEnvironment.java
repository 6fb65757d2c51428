package org.wealtharena.coordination.env;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wealtharena.agents.AgentOutcome;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.EpisodeOutcomes;
import org.wealtharena.agents.SpecializedAgentsEpisode;
import org.wealtharena.agents.TradingAgent;
import org.wealtharena.agents.risk.RiskManager;
import org.wealtharena.coordination.AgentEpisodeResult;
import org.wealtharena.coordination.AllocationPolicies;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeResult;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.TeamEpisodeSpec;
import org.wealtharena.coordination.TeamPerformance;
import org.wealtharena.coordination.bus.ChannelCounters;
import org.wealtharena.coordination.bus.MessageType;
import org.wealtharena.coordination.coordinator.CoordinationInstruments;
import org.wealtharena.coordination.coordinator.Coordinator;
import org.wealtharena.coordination.coordinator.CoordinatorSettings;
import org.wealtharena.coordination.coordinator.EpisodeStatistics;
import org.wealtharena.coordination.coordinator.TeamObserver;
import org.wealtharena.market.Prices;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.regime.RegimeShares;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.metrics.ConflictType;
import org.wealtharena.metrics.CoordinationMetrics;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * The shared market environment of the team: each episode builds a fresh market (seeded by the
 * spec), a fresh team and a {@link Coordinator} of the spec's type, and runs decision steps (market
 * advance, risk manager's post-trade checks, agents' intents, coordination, orders to venues, fills
 * back) for the spec's duration. Safe to call from several threads at once: an episode shares only
 * the metric registries, which are thread-safe.
 *
 * <p>Per episode it records, under the spec's coordination type: one {@code agent_episodes_total}
 * per agent (risk manager included) and one {@code inter_agent_reward_distribution} observation per
 * agent (its episode reward, as in its {@code specialized_agent_reward}); from every step {@code
 * shared_environment_steps_total}, conflicts, utilization, active agents and coordination overhead
 * (published on the {@link org.wealtharena.agents.MetricsCadence}); at the end {@code
 * agent_coordination_efficiency} of the episode. Gauges (the agents', the risk manager's and the
 * coordinator's) are written only by a {@linkplain TeamEpisodeSpec#watched watched} episode; the
 * others get {@linkplain SpecializedAgentMetrics#unwatched views} that drop gauge writes. It does
 * NOT record {@code multi_agent_sharpe_ratio}, {@code _win_rate} or {@code _total_return}: whoever
 * aggregates episodes (the trainer's evaluation, {@code simulate}) owns those, from the episode
 * figures.
 */
public final class TeamEnvironment implements TeamEpisodeRunner {
  private final MarketConfig market;
  private final TeamConfig team;
  private final SpecializedAgentMetrics specialized;
  private final SpecializedAgentMetrics unwatchedSpecialized;
  private final SpecializedAgentMetrics aloneMetrics;
  private final ChannelCounters channels;
  private final MultiAgentMetrics multiAgent;
  private final MultiAgentMetrics unwatchedMultiAgent;

  /** Bound on the first episode of a type, so the endpoint holds only the types that really run. */
  private final Map<CoordinationType, CoordinationInstruments> instruments =
      new ConcurrentHashMap<>();

  private final Map<CoordinationType, CoordinationInstruments> unwatchedInstruments =
      new ConcurrentHashMap<>();

  public TeamEnvironment(
      MarketConfig market,
      TeamConfig team,
      MultiAgentMetrics multiAgent,
      SpecializedAgentMetrics specialized) {
    if (market == null) {
      throw new IllegalArgumentException("market must be given");
    }
    if (team == null) {
      throw new IllegalArgumentException("team must be given");
    }
    this.market = market;
    this.team = team;
    this.specialized = specialized;
    this.unwatchedSpecialized = specialized.unwatched();
    // Agents trading alone are a baseline computed on the side: their figures stay off the
    // endpoints.
    this.aloneMetrics = new SpecializedAgentMetrics(specialized.options());
    this.channels = new ChannelCounters(multiAgent);
    this.multiAgent = multiAgent;
    this.unwatchedMultiAgent = multiAgent.unwatched();
  }

  @Override
  public TeamEpisodeResult run(TeamEpisodeSpec spec, AllocationPolicies policies) {
    return runDetailed(spec, policies, TeamObserver.NONE).result();
  }

  /** Runs one episode and reports it in full; {@code observer} watches it from inside. */
  public TeamEpisodeReport runDetailed(
      TeamEpisodeSpec spec, AllocationPolicies policies, TeamObserver observer) {
    SeatedEpisode seated = seat(spec, policies, observer);
    long start = seated.simulation().now();
    EpisodeOutcomes outcome = seated.episode().run(spec.durationNanos());
    seated.coordinator().finish();
    return report(
        spec,
        seated.episode(),
        outcome,
        seated.coordinator().statistics(),
        seated.simulation().regimeShares(start, seated.simulation().now()),
        instruments(spec).metrics());
  }

  /** An episode's market, team and coordinator, seated and allocated, before its first step. */
  public record SeatedEpisode(
      MarketSimulation simulation,
      SpecializedAgentsEpisode episode,
      Coordinator coordinator,
      long steps) {}

  /**
   * Builds {@code spec}'s market, team and coordinator; {@link #runDetailed} runs what this
   * returns.
   */
  public SeatedEpisode seat(
      TeamEpisodeSpec spec, AllocationPolicies policies, TeamObserver observer) {
    CoordinatorSettings settings = team.coordination();
    SpecializedAgentMetrics agentMetrics = spec.watched() ? specialized : unwatchedSpecialized;
    MarketSimulation simulation = MarketSimulation.create(market, spec.seed());
    List<TradingAgent> agents = team.agents().agents(simulation.symbols(), agentMetrics);
    if (agents.isEmpty()) {
      throw new IllegalArgumentException("agents: the team factory made no agents");
    }
    long steps = spec.durationNanos() / spec.decisionStepNanos();
    double stepSeconds = spec.decisionStepNanos() / (double) SimulationClock.SECOND;
    // A placeholder budget; the coordinator's first allocation replaces it before the first step.
    Budget neutral = equalShare(agents.size());
    SpecializedAgentsEpisode.Builder builder =
        SpecializedAgentsEpisode.builder(simulation, agentMetrics)
            .stepNanos(spec.decisionStepNanos())
            .reward(settings.reward());
    agents.forEach(agent -> builder.agent(agent, neutral));
    List<AgentSeat> seats = builder.seats();
    RiskManager riskManager =
        new RiskManager(team.riskManagerId(), team.riskLimits(), agentMetrics, seats);
    Coordinator coordinator =
        new Coordinator(
            spec.coordination(),
            seats,
            builder.market(),
            simulation.ledger(),
            riskManager,
            instruments(spec),
            settings,
            policies,
            observer,
            channels,
            steps,
            stepSeconds);
    simulation.addFillListener(coordinator.fillReports());
    SpecializedAgentsEpisode episode =
        builder.riskManager(riskManager).routing(coordinator).build();
    return new SeatedEpisode(simulation, episode, coordinator, steps);
  }

  /**
   * Each trading agent alone on {@code spec}'s market (built afresh from its seed for each agent),
   * under the team's risk limits, with an equal share of the team's budget and no coordinator.
   */
  @Override
  public double alonePnlDollars(TeamEpisodeSpec spec) {
    int count = team.agents().agents(market.symbolNames(), aloneMetrics).size();
    long pnlMicros = 0;
    for (int a = 0; a < count; a++) {
      MarketSimulation simulation = MarketSimulation.create(market, spec.seed());
      TradingAgent agent = team.agents().agents(simulation.symbols(), aloneMetrics).get(a);
      SpecializedAgentsEpisode.Builder builder =
          SpecializedAgentsEpisode.builder(simulation, aloneMetrics)
              .stepNanos(spec.decisionStepNanos())
              .reward(team.coordination().reward())
              .agent(agent, equalShare(count));
      RiskManager riskManager =
          new RiskManager(team.riskManagerId(), team.riskLimits(), aloneMetrics, builder.seats());
      EpisodeOutcomes outcome = builder.riskManager(riskManager).build().run(spec.durationNanos());
      pnlMicros += outcome.outcomes().get(0).pnlMicros();
    }
    return Prices.toDollars(pnlMicros);
  }

  /** One agent's share of the team's budget when {@code agents} share it equally. */
  private Budget equalShare(int agents) {
    CoordinatorSettings settings = team.coordination();
    return new Budget(
        settings.budget().capitalMicros() / agents,
        settings.budget().riskBudgetMicros() / agents,
        0.5);
  }

  /**
   * The watched episode writes the gauges; the others only count. A coordination type's series are
   * made on its first episode, so a process shows only the types it runs.
   */
  private CoordinationInstruments instruments(TeamEpisodeSpec spec) {
    return spec.watched()
        ? instruments.computeIfAbsent(
            spec.coordination(), t -> new CoordinationInstruments(multiAgent, t))
        : unwatchedInstruments.computeIfAbsent(
            spec.coordination(), t -> new CoordinationInstruments(unwatchedMultiAgent, t));
  }

  private TeamEpisodeReport report(
      TeamEpisodeSpec spec,
      SpecializedAgentsEpisode episode,
      EpisodeOutcomes outcome,
      EpisodeStatistics statistics,
      RegimeShares regimeShares,
      CoordinationMetrics metrics) {
    List<AgentSeat> seats = episode.seats();
    List<AgentEpisodeResult> results = new ArrayList<>();
    List<AgentEpisodeResult> traders = new ArrayList<>();
    double teamPnl = 0;
    for (int a = 0; a < outcome.outcomes().size(); a++) {
      AgentOutcome o = outcome.outcomes().get(a);
      double pnl = Prices.toDollars(o.pnlMicros());
      metrics.interAgentReward(o.reward());
      teamPnl += pnl;
      // The risk manager (after the seats) is rewarded, but trades no capital of its own.
      double capital =
          a < seats.size()
              ? Prices.toDollars(Math.round(statistics.meanCapitalMicros(a)))
              : Double.NaN;
      AgentEpisodeResult agent =
          new AgentEpisodeResult(o.agentId(), o.type().label(), o.reward(), pnl, capital);
      results.add(agent);
      if (a < seats.size()) {
        traders.add(agent);
      }
    }
    AgentEpisodeResult all =
        new AgentEpisodeResult(
            TeamPerformance.ALL_AGENTS,
            TeamPerformance.ALL_AGENTS,
            statistics.policyRewards(),
            teamPnl,
            Prices.toDollars(team.coordination().budget().capitalMicros()));
    TeamEpisodeResult result =
        new TeamEpisodeResult(
            spec.seed(),
            statistics.policyRewards(),
            spec.durationNanos() / (double) SimulationClock.SECOND,
            all,
            results,
            regimeShares);

    Map<String, Long> conflicts = new LinkedHashMap<>();
    for (ConflictType type : ConflictType.values()) {
      conflicts.put(type.label(), statistics.conflicts(type));
    }
    Map<String, Long> messages = new LinkedHashMap<>();
    for (MessageType type : MessageType.values()) {
      messages.put(type.label(), statistics.messages(type));
    }
    return new TeamEpisodeReport(
        result,
        traders,
        all,
        conflicts,
        statistics.efficiency(),
        messages,
        outcome.steps(),
        outcome.wallNanos());
  }
}
