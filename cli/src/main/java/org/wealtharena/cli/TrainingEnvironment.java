package org.wealtharena.cli;

import java.io.Serial;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wealtharena.cli.config.TrainingConfig;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.training.engine.EpisodeEnvironment;

/**
 * The default team on the configured market, as sent to where episodes run: the market's settings,
 * from which each place builds the market once (a CSV to replay must be readable at the same path
 * there).
 */
final class TrainingEnvironment implements EpisodeEnvironment {

  @Serial private static final long serialVersionUID = 1L;

  private final List<String> symbols;
  private final String csv;
  private final LocalDate from;
  private final LocalDate to;
  private final long arbitrageAdvantageNanos;
  private final long episodeDurationNanos;
  private transient volatile MarketConfig market;

  TrainingEnvironment(TrainingConfig config) {
    TrainingConfig.MarketSettings settings = config.market();
    this.symbols = new ArrayList<>(settings.symbols());
    this.csv = settings.csv().orElse(null);
    this.from = settings.from().orElse(null);
    this.to = settings.to().orElse(null);
    this.arbitrageAdvantageNanos = settings.arbitrageAdvantage().toNanos();
    this.episodeDurationNanos = config.episodeDuration().toNanos();
  }

  /** Builds the market here, adding what the user should know about it to {@code notes}. */
  MarketConfig market(List<String> notes) {
    MarketConfig built = market;
    if (built == null) {
      MarketChoice.Chosen chosen =
          MarketChoice.of(
              symbols,
              csv == null ? null : Path.of(csv),
              from,
              to,
              MarketChoice.Origins.TRAINING,
              notes);
      chosen
          .replayNanos()
          .ifPresent(span -> MarketChoice.notePastEnd(span, episodeDurationNanos, notes));
      built = chosen.config();
      built = built.withFlow(built.flow().withArbitrageAdvantage(arbitrageAdvantageNanos));
      market = built;
    }
    return built;
  }

  @Override
  public TeamEpisodeRunner runner(
      MultiAgentMetrics multiAgent, SpecializedAgentMetrics specialized) {
    // where episodes run away from the command, the notes were already shown by the command
    return new TeamEnvironment(
        market(new ArrayList<>()), TeamConfig.defaults(), multiAgent, specialized);
  }
}
