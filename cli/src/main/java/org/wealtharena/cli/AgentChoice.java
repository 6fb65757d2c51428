package org.wealtharena.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wealtharena.agents.AgentType;

/**
 * What {@code simulate --agents} names: {@code none}, or a comma list of the default team's members
 * {@code mm, arb, portfolio, risk} ({@code default} is all four).
 */
final class AgentChoice {

  static final String ALL = "mm,arb,portfolio,risk";

  private static final Map<String, AgentType> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("mm", AgentType.MARKET_MAKER);
    NAMES.put("arb", AgentType.ARBITRAGE);
    NAMES.put("portfolio", AgentType.PORTFOLIO);
    NAMES.put("risk", AgentType.RISK_MANAGER);
  }

  private AgentChoice() {}

  /** The chosen members; empty for {@code none}. A {@link CliException} for anything else. */
  static Set<AgentType> parse(String text) {
    if (text.equals("none")) {
      return EnumSet.noneOf(AgentType.class);
    }
    Set<AgentType> members = EnumSet.noneOf(AgentType.class);
    for (String name : (text.equals("default") ? ALL : text).split(",", -1)) {
      AgentType type = NAMES.get(name.strip());
      if (type == null) {
        throw new CliException(
            "--agents "
                + text
                + ": unknown agent '"
                + name
                + "' (use none, or a comma list of mm, arb, portfolio, risk)");
      }
      members.add(type);
    }
    if (members.equals(EnumSet.of(AgentType.RISK_MANAGER))) {
      throw new CliException(
          "--agents " + text + ": the risk manager needs at least one trading agent to check");
    }
    return members;
  }

  /** The {@code --agents} names of {@code members}, in the order of {@link #ALL}. */
  static List<String> names(Set<AgentType> members) {
    List<String> names = new ArrayList<>();
    NAMES.forEach(
        (name, type) -> {
          if (members.contains(type)) {
            names.add(name);
          }
        });
    return names;
  }

  static boolean isWholeTeam(Set<AgentType> members) {
    return members.equals(EnumSet.allOf(AgentType.class));
  }
}
