package org.wealtharena.coordination.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.coordination.conflict.TeamOrders;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.ConflictType;

class StepIntentsTest {
  private static long nextId = 1;

  private static Intent order(IntentPurpose purpose, int venue, int symbol, Side side, long price) {
    return new Intent(
        "x", RequestKind.NEW, purpose, venue, symbol, side, OrderType.LIMIT, price, 10, nextId++);
  }

  /**
   * Agent 0 sells at 100 on venue 0; agent 1's arbitrage buys at 101 there (crossing it) and sells
   * on venue 1, and quotes another symbol.
   */
  private static StepIntents step() {
    StepIntents inbox = new StepIntents();
    inbox.onIntent(0, order(IntentPurpose.QUOTE, 0, 0, Side.SELL, 100));
    inbox.onIntent(1, order(IntentPurpose.ARBITRAGE_LEG, 0, 0, Side.BUY, 101));
    inbox.onIntent(1, order(IntentPurpose.ARBITRAGE_LEG, 1, 0, Side.SELL, 102));
    inbox.onIntent(1, order(IntentPurpose.QUOTE, 0, 1, Side.BUY, 50));
    return inbox;
  }

  @Test
  void nettingKeepsASelfTradeBackWithTheOtherLegsOfItsArbitrage() {
    StepIntents inbox = step();
    inbox.classify(new TeamOrders(), true);
    assertThat(inbox.count()).isEqualTo(4);
    assertThat(inbox.owner(1)).isEqualTo(1);
    assertThat(inbox.conflict(0)).isNull();
    assertThat(inbox.conflict(1)).isEqualTo(ConflictType.SELF_TRADE);
    assertThat(inbox.conflict(2)).as("no teammate crosses it").isNull();
    assertThat(inbox.netted(0)).isFalse();
    assertThat(inbox.netted(1)).isTrue();
    assertThat(inbox.netted(2)).as("the other leg of the same arbitrage").isTrue();
    assertThat(inbox.netted(3)).as("another symbol").isFalse();
  }

  @Test
  void withoutNettingConflictsAreOnlyClassified() {
    StepIntents inbox = step();
    inbox.classify(new TeamOrders(), false);
    assertThat(inbox.conflict(1)).isEqualTo(ConflictType.SELF_TRADE);
    for (int i = 0; i < inbox.count(); i++) {
      assertThat(inbox.netted(i)).isFalse();
    }
  }

  @Test
  void theInboxGrowsBeyondItsFirstCapacityAndEmptiesForTheNextStep() {
    StepIntents inbox = new StepIntents();
    for (int i = 0; i < 100; i++) {
      inbox.onIntent(i % 3, order(IntentPurpose.QUOTE, 0, i, Side.BUY, 100));
    }
    assertThat(inbox.count()).isEqualTo(100);
    assertThat(inbox.owner(98)).isEqualTo(2);
    assertThat(inbox.intent(99).symbol()).isEqualTo(99);
    inbox.clear();
    assertThat(inbox.count()).isZero();
  }
}
