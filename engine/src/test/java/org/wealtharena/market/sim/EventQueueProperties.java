package org.wealtharena.market.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class EventQueueProperties {

  /**
   * Events come out by time, ties in the order they were scheduled, with pops and peeks interleaved
   * (a pop leaves the root for the next push to fill; a peek or a second pop fills it first).
   */
  @Property
  void popsInTimeThenSchedulingOrder(
      @ForAll @Size(max = 300) List<@LongRange(min = 0, max = 20) Long> times,
      @ForAll @Size(max = 300) List<Boolean> popAfterPush) {
    EventQueue queue = new EventQueue();
    List<long[]> pending = new ArrayList<>(); // {time, order}
    List<Long> popped = new ArrayList<>();
    List<Long> expected = new ArrayList<>();
    Comparator<long[]> order =
        Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]);
    for (int i = 0; i < times.size(); i++) {
      queue.push(times.get(i), 7, i, "payload" + i);
      pending.add(new long[] {times.get(i), i});
      if (i < popAfterPush.size() && popAfterPush.get(i)) {
        long[] first = pending.stream().min(order).orElseThrow();
        pending.remove(first);
        expected.add(first[1]);
        assertThat(queue.peekTime()).isEqualTo(first[0]);
        queue.pop();
        popped.add((long) queue.poppedTarget());
        assertThat(queue.poppedTime()).isEqualTo(first[0]);
        assertThat(queue.poppedPayload()).isEqualTo("payload" + first[1]);
      }
    }
    pending.sort(order);
    pending.forEach(e -> expected.add(e[1]));
    while (!queue.isEmpty()) {
      queue.pop();
      popped.add((long) queue.poppedTarget());
    }
    assertThat(popped).containsExactlyElementsOf(expected);
  }
}
