package org.wealtharena.coordination.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.MultiAgentMetrics;

/** The bus hands each message to its receiver's handler, with what was published on it. */
class MessageBusTest {
  private static final int AGENT = 0;
  private static final int RISK = 1;
  private static final int COORDINATOR = 2;
  private static final int MARKET = 3;

  private final MessageBus bus =
      new MessageBus(
          List.of("agent-1", "risk-1", "coordinator", "market"),
          new ChannelCounters(new MultiAgentMetrics()));
  private final List<String> received = new ArrayList<>();

  private static Intent intent(long orderId) {
    return new Intent(
        "agent-1",
        RequestKind.NEW,
        IntentPurpose.QUOTE,
        0,
        0,
        Side.BUY,
        OrderType.LIMIT,
        100_000_000,
        10,
        orderId);
  }

  private final class Recorder implements MessageBus.Handler {
    private final String name;

    Recorder(String name) {
      this.name = name;
    }

    @Override
    public void onIntent(int from, Intent intent) {
      received.add(name + " intent " + intent.orderId() + " from " + from);
    }

    @Override
    public void onVeto(int from, Intent intent, DenialReason reason) {
      received.add(name + " veto " + intent.orderId() + " " + reason + " from " + from);
    }

    @Override
    public void onAllocation(int from, Budget budget) {
      received.add(name + " allocation " + budget.capitalMicros() + " from " + from);
    }
  }

  @Test
  void vetoesAllocationsAndIntentsReachTheirReceiversWithTheirContent() {
    bus.handler(AGENT, new Recorder("agent"));
    bus.handler(COORDINATOR, new Recorder("coordinator"));
    bus.publishIntent(AGENT, COORDINATOR, intent(7));
    bus.publishVeto(RISK, AGENT, intent(7), DenialReason.POSITION_LIMIT);
    bus.publishVeto(COORDINATOR, AGENT, intent(8), DenialReason.CAPITAL_BUDGET);
    bus.publishAllocation(COORDINATOR, AGENT, new Budget(5_000, 100, 0.5));
    assertThat(received).isEmpty();

    bus.deliver();

    assertThat(received)
        .containsExactly(
            "coordinator intent 7 from 0",
            "agent veto 7 POSITION_LIMIT from 1",
            "agent veto 8 CAPITAL_BUDGET from 2",
            "agent allocation 5000 from 2");
  }

  @Test
  void messagesPublishedWhileDeliveringAreDeliveredInTheSameRound() {
    bus.handler(
        COORDINATOR,
        new MessageBus.Handler() {
          @Override
          public void onIntent(int from, Intent intent) {
            bus.publishVeto(COORDINATOR, from, intent, DenialReason.NETTED);
          }
        });
    bus.handler(AGENT, new Recorder("agent"));
    for (int i = 0; i < 100; i++) { // beyond the ring's first capacity
      bus.publishIntent(AGENT, COORDINATOR, intent(i));
    }
    bus.deliver();
    assertThat(received).hasSize(100).startsWith("agent veto 0 NETTED from 2");
    assertThat(received.get(99)).isEqualTo("agent veto 99 NETTED from 2");
    assertThat(bus.delivered(MessageType.INTENT)).isEqualTo(100);
    assertThat(bus.delivered(MessageType.VETO)).isEqualTo(100);
  }

  @Test
  void aFillReportIsCountedAndShownToListenersButCarriesNothingToActOn() {
    bus.handler(AGENT, new Recorder("agent"));
    List<String> seen = new ArrayList<>();
    bus.addListener((step, from, to, type) -> seen.add(step + " " + from + ">" + to + " " + type));
    bus.step(3);
    bus.publishFillReport(MARKET, AGENT);
    bus.deliver();
    assertThat(received).isEmpty();
    assertThat(seen).containsExactly("3 market>agent-1 FILL_REPORT");
    assertThat(bus.delivered(MessageType.FILL_REPORT)).isEqualTo(1);
    assertThat(bus.delivered()).isEqualTo(1);
  }
}
