package org.wealtharena.coordination.conflict;

import org.wealtharena.agents.Intent;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.RequestKind;
import org.wealtharena.metrics.ConflictType;

/**
 * Classifies one step's intents (in delivery order) by the conflict between agents they are part
 * of. An order is a {@link ConflictType#SELF_TRADE} when it would trade with another team member:
 * it crosses a teammate's live order, or an earlier intent of a teammate in the same step, on the
 * same venue and symbol. Otherwise it is {@link ConflictType#OPPOSING_ORDERS} when a teammate's
 * earlier intent this step is on the other side of the same symbol, on any venue. Each conflicting
 * pair is counted once, at its later intent. Budget conflicts are the coordinator's (they depend on
 * what it approved before).
 */
public final class ConflictDetector {
  private ConflictDetector() {}

  /**
   * Writes the conflict of each of the first {@code count} intents to {@code out} (null: none);
   * cancels never conflict.
   */
  public static void classify(
      Intent[] intents, int[] owners, int count, TeamOrders live, ConflictType[] out) {
    for (int i = 0; i < count; i++) {
      out[i] = classify(intents, owners, i, live);
    }
  }

  private static ConflictType classify(Intent[] intents, int[] owners, int i, TeamOrders live) {
    Intent intent = intents[i];
    if (intent.kind() == RequestKind.CANCEL) {
      return null;
    }
    boolean buy = intent.side() == Side.BUY;
    long price = TeamOrders.crossPrice(intent);
    if (live.crossesTeammate(owners[i], intent.venue(), intent.symbol(), buy, price)) {
      return ConflictType.SELF_TRADE;
    }
    ConflictType conflict = null;
    for (int j = 0; j < i; j++) {
      Intent other = intents[j];
      if (owners[j] == owners[i]
          || other.kind() == RequestKind.CANCEL
          || other.symbol() != intent.symbol()
          || (other.side() == Side.BUY) == buy) {
        continue;
      }
      long otherPrice = TeamOrders.crossPrice(other);
      if (other.venue() == intent.venue()
          && (buy
              ? TeamOrders.crosses(price, otherPrice)
              : TeamOrders.crosses(otherPrice, price))) {
        return ConflictType.SELF_TRADE;
      }
      conflict = ConflictType.OPPOSING_ORDERS;
    }
    return conflict;
  }
}
