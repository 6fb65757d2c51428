package org.wealtharena.market.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * One side's ladder against a TreeMap of FIFO queues over random adds, cancels and matches at the
 * touch, with prices near the touch, thousands of ticks away and near the highest price a book
 * holds: the same best level, oldest order and quantity, the same depth at every level, its own
 * invariants intact. A 64-tick window makes it move and hand levels to and from the far levels
 * often; the default width is checked too.
 */
class PriceLadderProperties {
  private static final long CENTRE = 10_000;

  enum Kind {
    ADD,
    CANCEL,
    SHRINK,
    MATCH
  }

  /**
   * {@code pick} chooses the order to cancel or shrink (a replace that keeps its place), or how
   * much of the best order to take.
   */
  record Op(Kind kind, long price, long quantity, int pick) {}

  @Provide
  Arbitrary<List<Op>> streams() {
    Arbitrary<Long> price =
        Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.longs().between(CENTRE - 40, CENTRE + 40)),
            Tuple.of(4, Arbitraries.longs().between(CENTRE - 5_000, CENTRE + 5_000)),
            Tuple.of(2, Arbitraries.longs().between(1, 200)),
            Tuple.of(
                2,
                Arbitraries.longs()
                    .between(OrderBook.MAX_PRICE_TICKS - 10_000, OrderBook.MAX_PRICE_TICKS)),
            Tuple.of(1, Arbitraries.longs().between(1, Long.MAX_VALUE / 2)));
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.frequencyOf(
                    Tuple.of(5, Arbitraries.just(Kind.ADD)),
                    Tuple.of(2, Arbitraries.just(Kind.CANCEL)),
                    Tuple.of(1, Arbitraries.just(Kind.SHRINK)),
                    Tuple.of(2, Arbitraries.just(Kind.MATCH))),
                price,
                Arbitraries.longs().between(1, 50),
                Arbitraries.integers().between(0, 1_000))
            .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(400);
  }

  @Property(tries = 300)
  void aNarrowWindowBehavesLikeASortedMap(
      @ForAll("streams") List<Op> ops, @ForAll boolean bidSide) {
    new Run(bidSide, 64).play(ops);
  }

  @Property(tries = 100)
  void theDefaultWindowBehavesLikeASortedMap(
      @ForAll("streams") List<Op> ops, @ForAll boolean bidSide) {
    new Run(bidSide, PriceLadder.WINDOW_LEVELS).play(ops);
  }

  private static final class Run {
    final boolean bidSide;
    final OrderPool pool = new OrderPool(4);
    final OrderIndex index = new OrderIndex(4);
    final PriceLadder ladder;

    /** Price to the slots resting there, oldest first; iterated best first. */
    final TreeMap<Long, ArrayDeque<Integer>> model;

    final List<Integer> live = new ArrayList<>();
    long nextId = 1;

    Run(boolean bidSide, int width) {
      this.bidSide = bidSide;
      ladder = new PriceLadder(bidSide, pool, CENTRE, width);
      model =
          new TreeMap<>(
              bidSide ? Comparator.<Long>reverseOrder() : Comparator.<Long>naturalOrder());
    }

    void play(List<Op> ops) {
      for (Op op : ops) {
        switch (op.kind()) {
          case ADD -> add(op.price(), op.quantity());
          case CANCEL -> {
            if (!live.isEmpty()) {
              remove(live.get(op.pick() % live.size()));
            }
          }
          case SHRINK -> {
            if (!live.isEmpty()) {
              shrink(live.get(op.pick() % live.size()), op.quantity());
            }
          }
          default -> match(op.pick());
        }
        ladder.checkInvariants(index);
        compare(op);
      }
    }

    void add(long price, long quantity) {
      long id = nextId++;
      int slot = pool.allocate(id, 1, bidSide, price, quantity);
      ladder.append(slot);
      index.put(id, slot);
      live.add(slot);
      model.computeIfAbsent(price, p -> new ArrayDeque<>()).addLast(slot);
    }

    void remove(int slot) {
      ladder.remove(slot);
      ArrayDeque<Integer> queue = model.get(pool.priceTicks[slot]);
      queue.remove(slot);
      if (queue.isEmpty()) {
        model.remove(pool.priceTicks[slot]);
      }
      index.remove(pool.orderId[slot]);
      live.remove(Integer.valueOf(slot));
      pool.free(slot);
    }

    /** Leaves the order with less, at least one share, wherever it rests. */
    void shrink(int slot, long by) {
      long amount = Math.min(by, pool.remaining[slot] - 1);
      ladder.reduce(slot, amount);
      pool.remaining[slot] -= amount;
    }

    /** Takes part of the best order, or all of it, as a taker would. */
    void match(int pick) {
      if (model.isEmpty()) {
        return;
      }
      int oldest = model.firstEntry().getValue().peekFirst();
      long take = 1 + pick % pool.remaining[oldest];
      if (take == pool.remaining[oldest]) {
        remove(oldest);
      } else {
        ladder.reduceBest(take);
        pool.remaining[oldest] -= take;
      }
    }

    void compare(Op op) {
      assertThat(ladder.isEmpty()).as("empty after %s", op).isEqualTo(model.isEmpty());
      if (!model.isEmpty()) {
        Map.Entry<Long, ArrayDeque<Integer>> best = model.firstEntry();
        assertThat(ladder.bestTick()).as("best after %s", op).isEqualTo(best.getKey());
        assertThat(ladder.bestHead())
            .as("oldest at the best after %s", op)
            .isEqualTo(best.getValue().peekFirst());
        assertThat(ladder.bestQuantity()).as("best quantity after %s", op).isEqualTo(total(best));
      }
      int levels = model.size();
      long[] ticks = new long[levels + 1];
      long[] quantities = new long[levels + 1];
      assertThat(ladder.depth(levels + 1, ticks, quantities)).isEqualTo(levels);
      int n = 0;
      for (Map.Entry<Long, ArrayDeque<Integer>> level : model.entrySet()) {
        assertThat(new long[] {ticks[n], quantities[n]})
            .as("level %d after %s", n, op)
            .containsExactly(level.getKey(), total(level));
        n++;
      }
    }

    long total(Map.Entry<Long, ArrayDeque<Integer>> level) {
      return level.getValue().stream().mapToLong(slot -> pool.remaining[slot]).sum();
    }
  }
}
