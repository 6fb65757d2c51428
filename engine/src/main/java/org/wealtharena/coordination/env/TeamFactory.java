package org.wealtharena.coordination.env;

import java.util.EnumSet;
import java.util.List;
import org.wealtharena.agents.AgentType;
import org.wealtharena.agents.DefaultTeam;
import org.wealtharena.agents.TradingAgent;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/** Makes a fresh team of trading agents for one episode, in the order they will act. */
@FunctionalInterface
public interface TeamFactory {

  /** The {@link DefaultTeam}'s trading agents. */
  TeamFactory DEFAULT =
      (symbols, metrics) ->
          DefaultTeam.tradingAgents(symbols, metrics, EnumSet.allOf(AgentType.class));

  List<TradingAgent> agents(List<String> symbols, SpecializedAgentMetrics metrics);
}
