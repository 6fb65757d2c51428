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

/**
 * The order book over random streams of orders, cancels and replaces: the same outcomes, fills and
 * depth as the reference book after every request, its own invariants intact, every order accounted
 * for.
 */
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
    // Mostly near the reference (always inside the band), rarely far outside it.
    Arbitrary<Long> price =
        Arbitraries.frequencyOf(
            Tuple.of(40, Arbitraries.longs().between(REFERENCE - 4, REFERENCE + 4)),
            Tuple.of(1, Arbitraries.of(REFERENCE - 150, REFERENCE + 150)));
    Arbitrary<Long> quantity =
        Arbitraries.frequencyOf(
            Tuple.of(40, Arbitraries.longs().between(-1, 20)),
            Tuple.of(1, Arbitraries.just(OrderBook.MAX_QUANTITY + 1)));
    Arbitrary<Op> op =
        Combinators.combine(
                kind,
                Arbitraries.of(Side.values()),
                type,
                price,
                quantity,
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1_000),
                Arbitraries.integers().between(0, 9).map(i -> i == 0))
            .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(300);
  }

  /**
   * Everything agents see of a book: the touch, every level's price and quantity (the book never
   * holds more than {@link #LEVELS} levels a side here: accepted prices span nine ticks), the last
   * trade, the anchor, the band.
   */
  record View(
      BookSnapshot levels,
      boolean hasBid,
      long bestBid,
      long bestBidQuantity,
      boolean hasAsk,
      long bestAsk,
      long bestAskQuantity,
      long anchorTicks,
      long bandLow,
      long bandHigh,
      int liveOrders) {
    static final int LEVELS = 16;

    static View of(BookUnderTest book) {
      return new View(
          book.snapshot(LEVELS),
          book.hasBid(),
          book.bestBid(),
          book.bestBidQuantity(),
          book.hasAsk(),
          book.bestAsk(),
          book.bestAskQuantity(),
          book.anchorTicks(),
          book.bandLow(),
          book.bandHigh(),
          book.liveOrders());
    }
  }

  /**
   * Runs a stream against the real book (its invariants checked after every request) and the
   * reference, and after every request compares their outcome, fills and {@link View}.
   */
  private static final class Run {
    final List<Fill> fills = new ArrayList<>();
    final List<Fill> referenceFills = new ArrayList<>();
    final Map<Long, Long> limitOf = new HashMap<>();
    final Map<Long, Long> entered = new HashMap<>();
    final Map<Long, Long> cancelled = new HashMap<>();
    final Map<Long, Long> filled = new HashMap<>();
    final List<Long> ids = new ArrayList<>();
    final Map<Long, Integer> ownerOf = new HashMap<>();
    final Map<Long, Long> priceOf = new HashMap<>();
    final BookUnderTest book = new CheckedOrderBook("TEST", REFERENCE, 1_000, Fill.into(fills));
    final BookUnderTest reference =
        new ReferenceBook("TEST", REFERENCE, 1_000, Fill.into(referenceFills));
    long nextId = 1;

    void apply(Op op) {
      int before = fills.size();
      RejectReason expected;
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
      assertThat(reason).as("%s", op).isEqualTo(expected);
      assertThat(new long[] {book.lastFilled(), book.lastResting(), book.lastCancelled()})
          .as("filled, resting, cancelled after %s", op)
          .containsExactly(
              reference.lastFilled(), reference.lastResting(), reference.lastCancelled());
      assertThat(fills).as("fills after %s", op).isEqualTo(referenceFills);
      View seen = View.of(book);
      assertThat(seen).as("what agents see after %s", op).isEqualTo(View.of(reference));
      assertThat(seen.levels().bids()).as("all bid levels compared").hasSizeLessThan(View.LEVELS);
      assertThat(seen.levels().asks()).as("all ask levels compared").hasSizeLessThan(View.LEVELS);
      if (reason.accepted()) {
        cancelled.merge(id, book.lastCancelled(), Long::sum);
      }
      for (Fill fill : fills.subList(before, fills.size())) {
        filled.merge(fill.makerId(), fill.quantity(), Long::sum);
        filled.merge(fill.takerId(), fill.quantity(), Long::sum);
        Long limit = limitOf.get(fill.takerId());
        if (limit != null) {
          assertThat(fill.takerSide() == Side.BUY ? fill.price() <= limit : fill.price() >= limit)
              .as("fill %s no worse than the taker's limit %d", fill, limit)
              .isTrue();
        }
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
  void matchesTheReferenceBookAfterEveryRequest(@ForAll("streams") List<Op> ops) {
    Run run = new Run();
    ops.forEach(run::apply); // outcomes, fills, views and invariants compared after every request
    // Same fills in the same order means the same price-time priority.
    assertThat(run.fills).containsExactlyElementsOf(run.referenceFills);
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
    List<Fill> fills = new ArrayList<>();
    BookUnderTest book = new CheckedOrderBook("TEST", REFERENCE, 1_000, Fill.into(fills));
    for (int i = 0; i < askPrices.size(); i++) {
      long quantity = sizes.get(i % sizes.size());
      book.submit(i + 1, 1, Side.SELL, OrderType.LIMIT, askPrices.get(i), quantity);
      makers.add(new long[] {i + 1, askPrices.get(i), quantity, i});
    }
    book.submit(10_000, 2, Side.BUY, OrderType.MARKET, 0, 1_000_000);

    makers.sort(Comparator.<long[]>comparingLong(m -> m[1]).thenComparingLong(m -> m[3]));
    assertThat(fills)
        .extracting(Fill::makerId)
        .containsExactlyElementsOf(makers.stream().map(m -> m[0]).toList());
    assertThat(fills)
        .extracting(Fill::quantity)
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
