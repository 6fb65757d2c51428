package org.wealtharena.coordination.coordinator;

import java.util.Arrays;
import org.wealtharena.agents.Intent;
import org.wealtharena.agents.IntentPurpose;
import org.wealtharena.coordination.bus.MessageBus;
import org.wealtharena.coordination.conflict.ConflictDetector;
import org.wealtharena.coordination.conflict.TeamOrders;
import org.wealtharena.metrics.ConflictType;

/**
 * The coordinator's inbox: one step's intents in delivery order, each with its owner (agent index),
 * its conflict with teammates and whether centralized netting keeps it back. Parallel arrays that
 * grow to the step's traffic and are then reused.
 */
final class StepIntents implements MessageBus.Handler {
  private Intent[] intents = new Intent[64];
  private int[] owners = new int[64];
  private ConflictType[] conflicts = new ConflictType[64];
  private boolean[] netted = new boolean[64];
  private int count;

  @Override
  public void onIntent(int from, Intent intent) {
    if (count == intents.length) {
      int capacity = count * 2;
      intents = Arrays.copyOf(intents, capacity);
      owners = Arrays.copyOf(owners, capacity);
      conflicts = Arrays.copyOf(conflicts, capacity);
      netted = Arrays.copyOf(netted, capacity);
    }
    intents[count] = intent;
    owners[count] = from;
    count++;
  }

  /**
   * Classifies the step's intents against each other and the team's live orders; with {@code
   * netting}, marks the self-trades kept back, and with an arbitrage leg the agent's other legs of
   * that symbol.
   */
  void classify(TeamOrders live, boolean netting) {
    ConflictDetector.classify(intents, owners, count, live, conflicts);
    if (!netting) {
      return;
    }
    for (int i = 0; i < count; i++) {
      netted[i] = conflicts[i] == ConflictType.SELF_TRADE;
    }
    for (int i = 0; i < count; i++) {
      if (!netted[i] || intents[i].purpose() != IntentPurpose.ARBITRAGE_LEG) {
        continue;
      }
      for (int j = 0; j < count; j++) {
        if (owners[j] == owners[i]
            && intents[j].symbol() == intents[i].symbol()
            && intents[j].purpose() == IntentPurpose.ARBITRAGE_LEG) {
          netted[j] = true;
        }
      }
    }
  }

  int count() {
    return count;
  }

  Intent intent(int i) {
    return intents[i];
  }

  int owner(int i) {
    return owners[i];
  }

  /** The conflict of intent {@code i}, null if none. */
  ConflictType conflict(int i) {
    return conflicts[i];
  }

  /** Whether netting keeps intent {@code i} back (only after a {@link #classify} with netting). */
  boolean netted(int i) {
    return netted[i];
  }

  /** Empties the inbox for the next step (and lets the intents go). */
  void clear() {
    Arrays.fill(intents, 0, count, null);
    count = 0;
  }
}
