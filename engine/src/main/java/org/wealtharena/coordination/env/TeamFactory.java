package org.wealtharena.coordination.env;

import java.util.List;
import org.wealtharena.agents.TradingAgent;
import org.wealtharena.agents.arbitrage.ArbitrageAgent;
import org.wealtharena.agents.arbitrage.ArbitrageConfig;
import org.wealtharena.agents.marketmaker.MarketMaker;
import org.wealtharena.agents.marketmaker.MarketMakerConfig;
import org.wealtharena.agents.portfolio.PortfolioAgent;
import org.wealtharena.agents.portfolio.PortfolioAgentConfig;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/** Makes a fresh team of trading agents for one episode, in the order they will act. */
@FunctionalInterface
public interface TeamFactory {

  /**
   * The default team: market maker {@code mm-1} quoting every symbol on NASDAQ, arbitrageur {@code
   * arb-1} between NASDAQ and NYSE, max-Sharpe portfolio {@code portfolio-1} on NYSE.
   */
  TeamFactory DEFAULT =
      (symbols, metrics) ->
          List.of(
              new MarketMaker(MarketMakerConfig.defaults("mm-1", "NASDAQ", symbols), metrics),
              new ArbitrageAgent(
                  ArbitrageConfig.defaults("arb-1", "NASDAQ", "NYSE", symbols), metrics),
              new PortfolioAgent(
                  PortfolioAgentConfig.defaults("portfolio-1", "NYSE", symbols), metrics));

  List<TradingAgent> agents(List<String> symbols, SpecializedAgentMetrics metrics);
}
