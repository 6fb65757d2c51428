package org.wealtharena.agents;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wealtharena.agents.marketmaker.MarketMaker;
import org.wealtharena.agents.marketmaker.MarketMakerSummary;
import org.wealtharena.agents.portfolio.PortfolioAgent;
import org.wealtharena.agents.portfolio.PortfolioSummary;

/**
 * What a run reports of the agents beyond their outcomes: each market maker's PnL split and
 * markouts, each portfolio agent's turnover. Empty lists for a run without agents.
 */
public final class AgentSummaries {
  private AgentSummaries() {}

  public static List<MarketMakerSummary> marketMakers(SpecializedAgentsEpisode episode) {
    List<MarketMakerSummary> summaries = new ArrayList<>();
    if (episode != null) {
      for (AgentSeat seat : episode.seats()) {
        if (seat.agent() instanceof MarketMaker maker) {
          summaries.add(maker.summary(seat.account(), episode.market()));
        }
      }
    }
    return summaries;
  }

  public static List<PortfolioSummary> portfolios(SpecializedAgentsEpisode episode) {
    List<PortfolioSummary> summaries = new ArrayList<>();
    if (episode != null) {
      for (AgentSeat seat : episode.seats()) {
        if (seat.agent() instanceof PortfolioAgent portfolio) {
          summaries.add(portfolio.summary(seat.budget()));
        }
      }
    }
    return summaries;
  }

  /** The summaries as text lines, one per agent. */
  public static void print(PrintWriter out, SpecializedAgentsEpisode episode) {
    for (MarketMakerSummary m : marketMakers(episode)) {
      out.printf(
          Locale.ROOT,
          "%s pnl $%,.2f = spread capture %,.2f + adverse selection %,.2f + inventory %,.2f"
              + " + fee rebates %,.2f; %,d shares, %.1f %% of the venue's volume;"
              + " markouts $/share 1s %.4f, 10s %.4f, 60s %.4f%n",
          m.agentId(),
          m.pnl(),
          m.spreadCapture(),
          m.adverseSelection(),
          m.inventory(),
          m.feeRebates(),
          m.sharesTraded(),
          100 * m.volumeShare(),
          m.markout1s(),
          m.markout10s(),
          m.markout60s());
    }
    for (PortfolioSummary p : portfolios(episode)) {
      out.printf(
          Locale.ROOT,
          "%s traded $%,.0f = %.2fx its capital (%.2fx on its own orders, the rest the risk"
              + " manager's); %d rebalances, %d skipped as not worth the cost, on %.0f s returns%n",
          p.agentId(),
          p.tradedNotional(),
          p.turnover(),
          p.ownTurnover(),
          p.rebalances(),
          p.skippedForCost(),
          p.horizonSeconds());
    }
  }
}
