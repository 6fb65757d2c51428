package org.wealtharena.market.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Invariants of the order book over random streams of orders, cancels and replaces. */
class OrderBookProperties {
  private static final long REFERENCE = 1_000;

  enum Kind {
    SUBMIT,
    CANCEL,
    REPLACE
  }

  /**
   * One request. {@code target} picks an earlier order id for cancels, replaces and deliberate
   * duplicate submits; prices stay near the reference so they are always inside the band. Cancels
   * and replaces mostly come from the order's owner (participant 3 is a stranger) and half the
   * replaces keep the price, so the priority rules of replace are exercised often.
   */
  record Op(
      Kind kind,
      Side side,
      OrderType type,
      long price,
      long quantity,
      int participant,
      int target,
      boolean reuseId) {}

  @Provide
  Arbitrary<List<Op>> streams() {
    Arbitrary<Kind> kind = Arbitraries.of(Kind.values()).edgeCases(c -> c.includeOnly(Kind.SUBMIT));
    Arbitrary<OrderType> type =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(OrderType.LIMIT)),
            Tuple.of(2, Arbitraries.just(OrderType.IOC)),
            Tuple.of(1, Arbitraries.just(OrderType.MARKET)));
    Arbitrary<Op> op =
        Combinators.combine(
                kind,
                Arbitraries.of(Side.values()),
                type,
                Arbitraries.longs().between(REFERENCE - 4, REFERENCE + 4),
                Arbitraries.longs().between(-1, 20),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1_000),
                Arbitraries.integers().between(0, 9).map(i -> i == 0))
            .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(300);
  }

  /** Runs a stream against the real book and the reference; checks invariants on the way. */
  private static final class Run {
    final List<ReferenceBook.Match> fills = new ArrayList<>();
    final Map<Long, Long> limitOf = new HashMap<>();
    final Map<Long, Long> entered = new HashMap<>();
    final Map<Long, Long> cancelled = new HashMap<>();
    final Map<Long, Long> filled = new HashMap<>();
    final List<Long> ids = new ArrayList<>();
    final Map<Long, Integer> ownerOf = new HashMap<>();
    final Map<Long, Long> priceOf = new HashMap<>();
    final ReferenceBook reference = new ReferenceBook();
    final OrderBook book =
        new OrderBook(
            "TEST",
            REFERENCE,
            1_000,
            (makerId, maker, takerId, taker, side, price, qty) ->
                fills.add(
                    new ReferenceBook.Match(makerId, maker, takerId, taker, side, price, qty)));
    long nextId = 1;

    void apply(Op op) {
      int before = fills.size();
      ReferenceBook.Outcome expected;
      RejectReason reason;
      long id;
      switch (op.kind()) {
        case SUBMIT -> {
          id = op.reuseId() && !ids.isEmpty() ? recent(op) : nextId++;
          limitOf.put(id, op.type() == OrderType.MARKET ? null : op.price());
          expected =
              reference.submit(
                  id, op.participant(), op.side(), op.type(), op.price(), op.quantity());
          reason =
              book.submit(id, op.participant(), op.side(), op.type(), op.price(), op.quantity());
          if (reason.accepted()) {
            ids.add(id);
            entered.merge(id, op.quantity(), Long::sum);
            ownerOf.put(id, op.participant());
            priceOf.put(id, op.price());
          }
        }
        case CANCEL -> {
          id = ids.isEmpty() ? 0 : recent(op);
          int who = requester(op, id);
          expected = reference.cancel(id, who);
          reason = book.cancel(id, who);
        }
        default -> {
          id = ids.isEmpty() ? 0 : recent(op);
          int who = requester(op, id);
          long price = op.target() % 2 == 0 ? priceOf.getOrDefault(id, op.price()) : op.price();
          expected = reference.replace(id, who, price, op.quantity());
          reason = book.replace(id, who, price, op.quantity());
          if (reason.accepted()) {
            limitOf.put(id, price);
            priceOf.put(id, price);
            entered.merge(id, op.quantity(), Long::sum);
          }
        }
      }
      assertThat(reason).isEqualTo(expected.reason());
      if (reason.accepted()) {
        assertThat(new long[] {book.lastFilled(), book.lastResting(), book.lastCancelled()})
            .containsExactly(expected.filled(), expected.resting(), expected.cancelled());
        cancelled.merge(id, book.lastCancelled(), Long::sum);
      }
      for (ReferenceBook.Match m : fills.subList(before, fills.size())) {
        filled.merge(m.makerId(), m.qty(), Long::sum);
        filled.merge(m.takerId(), m.qty(), Long::sum);
        Long limit = limitOf.get(m.takerId());
        if (limit != null) {
          assertThat(m.side() == Side.BUY ? m.price() <= limit : m.price() >= limit)
              .as("fill %s no worse than the taker's limit %d", m, limit)
              .isTrue();
        }
      }
      if (book.hasBid() && book.hasAsk()) {
        assertThat(book.bestBid()).as("book crossed").isLessThan(book.bestAsk());
      }
    }

    /** One of the last few orders: those are the ones most likely still live. */
    private long recent(Op op) {
      return ids.get(ids.size() - 1 - op.target() % Math.min(ids.size(), 12));
    }

    private int requester(Op op, long id) {
      return op.participant() == 3 ? 3 : ownerOf.getOrDefault(id, op.participant());
    }
  }

  @Property(tries = 300)
  void matchesTheReferenceBookFillForFill(@ForAll("streams") List<Op> ops) {
    Run run = new Run();
    ops.forEach(run::apply);
    // Same fills in the same order means the same price-time priority.
    assertThat(run.fills).containsExactlyElementsOf(run.reference.matches);
  }

  @Property(tries = 300)
  void bookIsNeverCrossedAndFillsRespectLimits(@ForAll("streams") List<Op> ops) {
    Run run = new Run();
    ops.forEach(run::apply); // the checks run after every request
    assertThat(run.book.liveOrders()).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 300)
  void everyOrderIsFilledRestingOrCancelled(@ForAll("streams") List<Op> ops) {
    Run run = new Run();
    ops.forEach(run::apply);
    for (Map.Entry<Long, Long> e : run.entered.entrySet()) {
      long id = e.getKey();
      long accounted =
          run.filled.getOrDefault(id, 0L)
              + run.book.restingQuantity(id)
              + run.cancelled.getOrDefault(id, 0L);
      assertThat(accounted).as("order %d", id).isEqualTo(e.getValue());
    }
  }

  @Property(tries = 300)
  void aSweepFillsMakersByPriceThenTime(
      @ForAll("restingAsks") List<Long> askPrices, @ForAll("quantities") List<Long> sizes) {
    List<long[]> makers = new ArrayList<>(); // {id, price, quantity, arrival}
    List<ReferenceBook.Match> fills = new ArrayList<>();
    OrderBook book =
        new OrderBook(
            "TEST",
            REFERENCE,
            1_000,
            (makerId, maker, takerId, taker, side, price, qty) ->
                fills.add(
                    new ReferenceBook.Match(makerId, maker, takerId, taker, side, price, qty)));
    for (int i = 0; i < askPrices.size(); i++) {
      long quantity = sizes.get(i % sizes.size());
      book.submit(i + 1, 1, Side.SELL, OrderType.LIMIT, askPrices.get(i), quantity);
      makers.add(new long[] {i + 1, askPrices.get(i), quantity, i});
    }
    book.submit(10_000, 2, Side.BUY, OrderType.MARKET, 0, 1_000_000);

    makers.sort(Comparator.<long[]>comparingLong(m -> m[1]).thenComparingLong(m -> m[3]));
    assertThat(fills)
        .extracting(ReferenceBook.Match::makerId)
        .containsExactlyElementsOf(makers.stream().map(m -> m[0]).toList());
    assertThat(fills)
        .extracting(ReferenceBook.Match::qty)
        .containsExactlyElementsOf(makers.stream().map(m -> m[2]).toList());
    assertThat(book.hasAsk()).isFalse();
  }

  @Provide
  Arbitrary<List<Long>> restingAsks() {
    return Arbitraries.longs().between(REFERENCE, REFERENCE + 20).list().ofMinSize(1).ofMaxSize(60);
  }

  @Provide
  Arbitrary<List<Long>> quantities() {
    return Arbitraries.longs().between(1, 500).list().ofMinSize(1).ofMaxSize(10);
  }
}
