package org.wealtharena.market.venue;

import java.util.Arrays;
import org.wealtharena.market.SimulationClock;

/**
 * Shared by all venues of one simulation: numbers fills in one market-wide sequence, stamps them
 * with the clock, and hands them to the market-wide listeners and to the two participants'
 * listeners. Listeners are called in registration order.
 */
public final class FillDispatcher {
  private final SimulationClock clock;
  private FillListener[] listeners = new FillListener[0];
  private ParticipantListener[] participants = new ParticipantListener[16];
  private long nextSequence;

  public FillDispatcher(SimulationClock clock) {
    this.clock = clock;
  }

  public void addListener(FillListener listener) {
    listeners = Arrays.copyOf(listeners, listeners.length + 1);
    listeners[listeners.length - 1] = listener;
  }

  public void setParticipantListener(int participant, ParticipantListener listener) {
    if (participant >= participants.length) {
      participants =
          Arrays.copyOf(participants, Math.max(participant + 1, participants.length * 2));
    }
    participants[participant] = listener;
  }

  public ParticipantListener participantListener(int participant) {
    return participant < participants.length ? participants[participant] : null;
  }

  public long now() {
    return clock.now();
  }

  public long fills() {
    return nextSequence;
  }

  long nextSequence() {
    return nextSequence++;
  }

  void publish(Fill fill) {
    for (FillListener listener : listeners) {
      listener.onFill(fill);
    }
    ParticipantListener maker = participantListener(fill.makerParticipant());
    if (maker != null) {
      maker.onFill(fill);
    }
    if (fill.takerParticipant() != fill.makerParticipant()) {
      ParticipantListener taker = participantListener(fill.takerParticipant());
      if (taker != null) {
        taker.onFill(fill);
      }
    }
  }
}
