package org.wealtharena.coordination.bus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wealtharena.agents.Budget;
import org.wealtharena.agents.DenialReason;
import org.wealtharena.agents.Intent;
import org.wealtharena.metrics.BoundCounter;

/**
 * Carries every message between the team's agents, the coordinator, the risk manager and the
 * market. Endpoints are fixed when the bus is made and addressed by index. A {@code publish...}
 * queues a message; {@link #deliver} hands the queue out first in, first out (also messages
 * published while delivering) to the receiver's {@link Handler}, counts each one in {@code
 * agent_communication_total{from_agent,to_agent, message_type}} and shows it to the listeners.
 * Publishers run in the team's fixed order, so the delivery order is deterministic.
 *
 * <p>The queue is a ring of parallel arrays and channel counters are resolved once per channel, so
 * a step publishes and delivers without allocating once the ring has grown to the step's traffic.
 */
public final class MessageBus {

  /** Acts on the messages addressed to one endpoint; what it does not handle it ignores. */
  public interface Handler {
    /** An agent's proposed intent. */
    default void onIntent(int from, Intent intent) {}

    /** {@code intent} will not reach its venue, for {@code reason}. */
    default void onVeto(int from, Intent intent, DenialReason reason) {}

    /** The receiving agent's budget from now on. */
    default void onAllocation(int from, Budget budget) {}
  }

  private static final MessageType[] TYPES = MessageType.values();

  private final List<String> endpoints;
  private final Handler[] handlers;
  private final ChannelCounters counters;
  private final BoundCounter[] channels;

  /** Deliveries per channel not yet added to the channel's counter. */
  private final long[] unrecorded;

  private final long[] deliveredByType = new long[TYPES.length];
  private final List<BusListener> listeners = new ArrayList<>();

  private int[] from = new int[64];
  private int[] to = new int[64];
  private MessageType[] type = new MessageType[64];
  private Object[] payload = new Object[64];
  private DenialReason[] reason = new DenialReason[64];
  private int head;
  private int size;
  private long step;

  public MessageBus(List<String> endpoints, ChannelCounters counters) {
    if (endpoints.isEmpty() || endpoints.stream().distinct().count() != endpoints.size()) {
      throw new IllegalArgumentException(
          "endpoints must be distinct and not empty, got " + endpoints);
    }
    this.endpoints = List.copyOf(endpoints);
    this.handlers = new Handler[endpoints.size()];
    this.counters = counters;
    this.channels = new BoundCounter[endpoints.size() * endpoints.size() * TYPES.length];
    this.unrecorded = new long[channels.length];
  }

  public int endpoint(String name) {
    int index = endpoints.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException(
          "no endpoint " + name + " on the bus (known: " + endpoints + ")");
    }
    return index;
  }

  public void handler(int endpoint, Handler handler) {
    handlers[endpoint] = handler;
  }

  public void addListener(BusListener listener) {
    listeners.add(listener);
  }

  /** The decision step that messages delivered from now on belong to (for listeners). */
  public void step(long currentStep) {
    this.step = currentStep;
  }

  /**
   * Adds the deliveries not yet counted to agent_communication_total, one increment per channel: a
   * delivery itself only bumps an array slot, which matters at tens of messages per step on
   * counters that parallel episodes share. The coordinator calls it on its metrics cadence and at
   * the end of the episode.
   */
  public void recordCounts() {
    for (int index = 0; index < unrecorded.length; index++) {
      if (unrecorded[index] > 0) {
        channel(index).inc(unrecorded[index]);
        unrecorded[index] = 0;
      }
    }
  }

  public void publishIntent(int sender, int receiver, Intent intent) {
    publish(sender, receiver, MessageType.INTENT, intent, null);
  }

  public void publishVeto(int sender, int receiver, Intent intent, DenialReason denial) {
    publish(sender, receiver, MessageType.VETO, intent, denial);
  }

  public void publishAllocation(int sender, int receiver, Budget budget) {
    publish(sender, receiver, MessageType.ALLOCATION, budget, null);
  }

  /** See {@link MessageType#FILL_REPORT}: the notice carries nothing to act on. */
  public void publishFillReport(int sender, int receiver) {
    publish(sender, receiver, MessageType.FILL_REPORT, null, null);
  }

  private void publish(
      int sender, int receiver, MessageType messageType, Object content, DenialReason denial) {
    if (size == from.length) {
      grow();
    }
    int slot = (head + size) % from.length;
    from[slot] = sender;
    to[slot] = receiver;
    type[slot] = messageType;
    payload[slot] = content;
    reason[slot] = denial;
    size++;
  }

  /** Delivers every queued message, in the order published. */
  public void deliver() {
    while (size > 0) {
      int slot = head;
      int sender = from[slot];
      int receiver = to[slot];
      MessageType messageType = type[slot];
      Object content = payload[slot];
      DenialReason denial = reason[slot];
      payload[slot] = null;
      head = (head + 1) % from.length;
      size--;
      unrecorded[channelIndex(sender, receiver, messageType)]++;
      deliveredByType[messageType.ordinal()]++;
      for (int i = 0; i < listeners.size(); i++) {
        listeners
            .get(i)
            .onMessage(step, endpoints.get(sender), endpoints.get(receiver), messageType);
      }
      Handler handler = handlers[receiver];
      if (handler != null) {
        switch (messageType) {
          case INTENT -> handler.onIntent(sender, (Intent) content);
          case VETO -> handler.onVeto(sender, (Intent) content, denial);
          case ALLOCATION -> handler.onAllocation(sender, (Budget) content);
          case FILL_REPORT -> {}
        }
      }
    }
  }

  public long delivered(MessageType messageType) {
    return deliveredByType[messageType.ordinal()];
  }

  public long delivered() {
    return Arrays.stream(deliveredByType).sum();
  }

  private int channelIndex(int sender, int receiver, MessageType messageType) {
    return (sender * endpoints.size() + receiver) * TYPES.length + messageType.ordinal();
  }

  private BoundCounter channel(int index) {
    BoundCounter counter = channels[index];
    if (counter == null) {
      int pair = index / TYPES.length;
      counter =
          counters.channel(
              endpoints.get(pair / endpoints.size()),
              endpoints.get(pair % endpoints.size()),
              TYPES[index % TYPES.length]);
      channels[index] = counter;
    }
    return counter;
  }

  private void grow() {
    int capacity = from.length * 2;
    int[] newFrom = new int[capacity];
    int[] newTo = new int[capacity];
    MessageType[] newType = new MessageType[capacity];
    Object[] newPayload = new Object[capacity];
    DenialReason[] newReason = new DenialReason[capacity];
    for (int i = 0; i < size; i++) {
      int slot = (head + i) % from.length;
      newFrom[i] = from[slot];
      newTo[i] = to[slot];
      newType[i] = type[slot];
      newPayload[i] = payload[slot];
      newReason[i] = reason[slot];
    }
    from = newFrom;
    to = newTo;
    type = newType;
    payload = newPayload;
    reason = newReason;
    head = 0;
  }
}
