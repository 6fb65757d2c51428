package org.wealtharena.coordination.bus;

/** Sees every message the bus delivers, in delivery order (for tests and logs). */
@FunctionalInterface
public interface BusListener {
  void onMessage(long step, String from, String to, MessageType type);
}
