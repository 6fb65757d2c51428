package org.wealtharena.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.risk.RiskLimits;
import org.wealtharena.cli.config.Threads;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.market.SimulationClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wealtharena simulate}: runs the simulated market for a stretch of simulated time and
 * reports what happened, in one of three {@link SimulationMode}s chosen by the options:
 *
 * <ul>
 *   <li>the default: the specialized agents chosen by {@code --agents} (all four by default)
 *       ({@link AgentsSimulation});
 *   <li>{@code --agents none}: the background flow only ({@link MarketOnlySimulation});
 *   <li>{@code --coordination TYPE}: episodes of the whole team under a coordinator with the
 *       heuristic policies ({@link CoordinatedTeamSimulation}). A coordinator plans for the whole
 *       team, so a subset of {@code --agents} is rejected there.
 * </ul>
 *
 * Every mode has the same metrics: both endpoints serve while it runs (the market alone records
 * nothing, so there only with {@code --linger}), are pushed with {@code --pushgateway}, and stay up
 * as {@code --linger} says.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Run the simulated market with the specialized agents (the default), alone, or with"
            + " the agent team under a coordinator, and summarise it.")
public final class SimulateCommand implements Callable<Integer> {

  @Option(
      names = "--agents",
      paramLabel = "AGENTS",
      description =
          "Which specialized agents trade: a comma list of mm (market maker), arb (arbitrageur),"
              + " portfolio and risk (risk manager's pre-trade and post-trade checks; without it"
              + " orders go unchecked), or none for the background flow only. Default: "
              + AgentChoice.ALL
              + ". With --coordination only the whole team is allowed.")
  String agents;

  @Option(
      names = "--coordination",
      paramLabel = "TYPE",
      description =
          "Run the whole team under this coordinator with the heuristic policies:"
              + " hierarchical, centralized or decentralized.")
  String coordination;

  @Option(
      names = "--episodes",
      paramLabel = "N",
      description =
          "With --coordination: team episodes to run in total, each with its own seed derived"
              + " from --seed. Default: 1.")
  Integer episodes;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "With --coordination: threads the episodes run on (default: "
              + Threads.DEFAULT_TEXT
              + "); results do not depend on it.")
  Integer threads;

  @Option(
      names = "--max-session-loss",
      paramLabel = "DOLLARS",
      description =
          "The risk manager's session loss limit per agent, in dollars: an agent that has lost"
              + " more since the session started is halted for the rest of the session (a"
              + " critical session_loss violation). Default: $"
              + RiskLimits.DEFAULT_MAX_SESSION_LOSS_DOLLARS
              + ". Needs the risk manager (risk in --agents).")
  BigDecimal maxSessionLoss;

  @Option(names = "--json", description = "Print the summary as JSON on stdout.")
  boolean json;

  @Mixin MarketOptions market;

  @Mixin RunMetricsOptions metricsOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException, InterruptedException {
    SimulationMode mode = mode();
    SimulationSetup setup = market.setup();
    if (mode instanceof CoordinatedTeamSimulation && setup.tape().isPresent()) {
      throw new CliException("--tape records one market; drop it with --coordination");
    }
    if (!(mode instanceof MarketOnlySimulation) && setup.durationNanos() < SimulationClock.SECOND) {
      throw new CliException("--duration must be at least one decision step (1s) with agents");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter notes = json ? err : out;
    try (RunMetrics metrics =
        mode.recordsMetrics()
            ? metricsOptions.start(RunMetrics.Mode.SIMULATE, notes)
            : metricsOptions.startServingOnlyToLinger(RunMetrics.Mode.SIMULATE, notes)) {
      metrics.describeCoordination(mode.coordinationType());
      SimulationMode.Report report = mode.run(setup, metrics);
      MarketChoice.printNotes(err, setup.warnings());
      if (json) {
        out.println(
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.json()));
      } else {
        report.table().accept(out);
      }
      out.flush();
      metrics.linger(notes);
    }
    return 0;
  }

  /** The mode the options ask for; a {@link CliException} for options that do not go together. */
  private SimulationMode mode() {
    if (coordination == null) {
      if (episodes != null || threads != null) {
        throw new CliException("--episodes and --threads need --coordination");
      }
      Set<AgentType> members = AgentChoice.parse(agents == null ? AgentChoice.ALL : agents);
      if (maxSessionLoss != null && !members.contains(AgentType.RISK_MANAGER)) {
        throw new CliException("--max-session-loss needs the risk manager: add risk to --agents");
      }
      return members.isEmpty()
          ? new MarketOnlySimulation()
          : new AgentsSimulation(members, riskLimits());
    }
    if ("none".equals(agents)) {
      throw new CliException("--coordination needs the team; drop --agents none");
    }
    if (agents != null && !AgentChoice.isWholeTeam(AgentChoice.parse(agents))) {
      throw new CliException(
          "--coordination runs the whole team; drop --agents "
              + agents
              + " or give all of "
              + AgentChoice.ALL);
    }
    int episodeCount = episodes == null ? 1 : episodes;
    int threadCount = threads == null ? Threads.DEFAULT : threads;
    if (episodeCount < 1) {
      throw new CliException("--episodes must be at least 1, got " + episodeCount);
    }
    if (threadCount < 1) {
      throw new CliException("--threads must be at least 1, got " + threadCount);
    }
    try {
      return new CoordinatedTeamSimulation(
          CoordinationType.fromLabel(coordination), episodeCount, threadCount, riskLimits());
    } catch (IllegalArgumentException e) {
      throw new CliException("--coordination: " + e.getMessage(), e);
    }
  }

  /** {@link RiskLimits#defaults()} with the limits the options change. */
  private RiskLimits riskLimits() {
    RiskLimits limits = RiskLimits.defaults();
    if (maxSessionLoss == null) {
      return limits;
    }
    BigDecimal micros = maxSessionLoss.movePointRight(6);
    if (maxSessionLoss.signum() <= 0
        || micros.stripTrailingZeros().scale() > 0
        || micros.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new CliException(
          "--max-session-loss: expected a positive dollar amount with at most 6 decimals, like"
              + " 10000 or 0.5; got "
              + maxSessionLoss.toPlainString());
    }
    return limits.withMaxSessionLossMicros(micros.longValueExact());
  }
}
