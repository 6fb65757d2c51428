package org.wealtharena.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealtharena.coordination.TeamEnvironments.environment;
import static org.wealtharena.coordination.TeamEnvironments.spec;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.AgentAccount;
import org.wealtharena.agents.AgentSeat;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.agents.MarketView;
import org.wealtharena.coordination.coordinator.TeamObserver;
import org.wealtharena.coordination.env.TeamEpisodeReport;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.MultiAgentMetrics;

/**
 * Under hierarchical coordination every routed order that adds to an agent's commitments fits its
 * capital budget of that step: gross exposure plus open orders (recomputed here from the agent's
 * own account and the prices the orders went out at) plus the order stays within the budget.
 */
class HierarchicalBudgetTest {

  private static final class BudgetCheck implements TeamObserver {
    /** Share of the capital budget the check holds orders to. */
    private final double share;

    final Map<Long, Long> sentPrices = new HashMap<>();
    long checked;
    long violations;

    BudgetCheck(double share) {
      this.share = share;
    }

    @Override
    public void onRouted(
        long step, AgentSeat seat, Intent intent, MarketView market, long notionalPriceMicros) {
      long price = intent.type() == OrderType.MARKET ? touch(intent, market) : intent.priceMicros();
      if (!adds(intent, seat.account())) {
        sentPrices.put(intent.orderId(), price);
        return;
      }
      AgentAccount account = seat.account();
      long inUse = account.grossExposureMicros(market);
      for (int i = 0; i < account.liveOrders(); i++) {
        long id = account.liveOrderId(i);
        inUse += account.remaining(id) * sentPrices.get(id);
      }
      long added = intent.quantity() * price;
      if (intent.kind() == RequestKind.REPLACE) {
        added -= account.remaining(intent.orderId()) * sentPrices.get(intent.orderId());
      }
      checked++;
      if (inUse + added > share * seat.budget().capitalMicros()) {
        violations++;
      }
      sentPrices.put(intent.orderId(), price);
    }

    private static boolean adds(Intent intent, AgentAccount account) {
      if (intent.purpose() == IntentPurpose.RISK_REDUCTION
          || intent.purpose() == IntentPurpose.UNWIND) {
        return false;
      }
      long position = account.position(intent.symbol());
      long signed = intent.signedQuantity();
      return !(position != 0
          && Long.signum(signed) == -Long.signum(position)
          && Math.abs(signed) <= Math.abs(position));
    }

    private static long touch(Intent intent, MarketView market) {
      long price =
          intent.side() == Side.BUY
              ? market.bestAskMicros(intent.venue(), intent.symbol())
              : market.bestBidMicros(intent.venue(), intent.symbol());
      return price != MarketView.NO_PRICE ? price : market.markMicros(intent.symbol());
    }
  }

  @Test
  void everyRoutedOrderFitsItsAgentsCapitalBudget() {
    BudgetCheck check = new BudgetCheck(1);
    TeamEpisodeReport report =
        environment(new MultiAgentMetrics())
            .runDetailed(
                spec(CoordinationType.HIERARCHICAL, 5, SimulationClock.HOUR),
                new HeuristicPolicies(),
                check);

    assertThat(check.checked).isGreaterThan(1000);
    assertThat(check.violations).isZero();
    assertThat(report.conflicts().get("capital_oversubscription"))
        .as("budgets did bind, so the check was tested")
        .isPositive();
  }

  @Test
  void theCheckFindsOrdersBeyondATighterBudget() {
    BudgetCheck check = new BudgetCheck(0.5);
    environment(new MultiAgentMetrics())
        .runDetailed(
            spec(CoordinationType.HIERARCHICAL, 5, SimulationClock.HOUR),
            new HeuristicPolicies(),
            check);

    assertThat(check.violations).as("the agents use more than half their capital").isPositive();
  }
}
