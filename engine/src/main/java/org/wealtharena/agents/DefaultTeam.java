package org.wealtharena.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wealtharena.agents.arbitrage.ArbitrageAgent;
import org.wealtharena.agents.arbitrage.ArbitrageConfig;
import org.wealtharena.agents.marketmaker.MarketMaker;
import org.wealtharena.agents.marketmaker.MarketMakerConfig;
import org.wealtharena.agents.portfolio.PortfolioAgent;
import org.wealtharena.agents.portfolio.PortfolioAgentConfig;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * The default team, defined once for every mode that runs it (specialized agents alone, or under a
 * coordinator): market maker {@code mm-1} quoting every symbol on NASDAQ, arbitrageur {@code arb-1}
 * between NASDAQ and NYSE, minimum-variance portfolio {@code portfolio-1} trading on NYSE, and risk
 * manager {@code risk-1}, each with its type's default configuration. On a one-symbol market the
 * portfolio agent {@linkplain #portfolioSitsOut sits out}.
 */
public final class DefaultTeam {
  public static final String MARKET_MAKER_ID = "mm-1";
  public static final String ARBITRAGE_ID = "arb-1";
  public static final String PORTFOLIO_ID = "portfolio-1";
  public static final String RISK_MANAGER_ID = "risk-1";

  private static final String NASDAQ = "NASDAQ";
  private static final String NYSE = "NYSE";

  private DefaultTeam() {}

  /**
   * Fresh trading agents of the default team whose types are in {@code members}, in team order
   * (market maker, arbitrageur, portfolio); the risk manager is not a trading agent and is made by
   * whoever runs the team.
   */
  public static List<TradingAgent> tradingAgents(
      List<String> symbols, SpecializedAgentMetrics metrics, Set<AgentType> members) {
    List<TradingAgent> agents = new ArrayList<>();
    if (members.contains(AgentType.MARKET_MAKER)) {
      agents.add(
          new MarketMaker(MarketMakerConfig.defaults(MARKET_MAKER_ID, NASDAQ, symbols), metrics));
    }
    if (members.contains(AgentType.ARBITRAGE)) {
      agents.add(
          new ArbitrageAgent(
              ArbitrageConfig.defaults(ARBITRAGE_ID, NASDAQ, NYSE, symbols), metrics));
    }
    if (members.contains(AgentType.PORTFOLIO) && !portfolioSitsOut(symbols)) {
      agents.add(
          new PortfolioAgent(PortfolioAgentConfig.defaults(PORTFOLIO_ID, NYSE, symbols), metrics));
    }
    return agents;
  }

  /** Whether the portfolio agent stays out: a portfolio needs at least two symbols. */
  public static boolean portfolioSitsOut(List<String> symbols) {
    return symbols.size() < 2;
  }
}
