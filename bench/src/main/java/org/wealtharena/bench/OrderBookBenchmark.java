package org.wealtharena.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.RejectReason;
import org.wealtharena.market.book.Side;

/**
 * One order-entry cycle on a busy book: a limit order near the touch (about a third of them cross
 * and match), and the cancel of an order entered 1,024 cycles earlier if it still rests, so the
 * book keeps a steady size of about a thousand orders over a few dozen levels.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar OrderBook}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OrderBookBenchmark {

  private static final int CYCLE = 1 << 16;
  private static final int LIVE = 1 << 10;
  private static final long MID = 100_000;

  private final long[] prices = new long[CYCLE];
  private final long[] quantities = new long[CYCLE];
  private final boolean[] buys = new boolean[CYCLE];
  private final long[] resting = new long[LIVE];
  private final int[] restingOwner = new int[LIVE];
  private OrderBook book;
  private long matchedQuantity;
  private long nextId = 1;
  private int step;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < CYCLE; i++) {
      buys[i] = random.nextBoolean();
      // Buyers bid around MID-10..MID+4, sellers ask around MID-4..MID+10: some cross.
      long offset = random.nextLong(15);
      prices[i] = buys[i] ? MID - 10 + offset : MID + 10 - offset;
      quantities[i] = 100 * (1 + random.nextLong(5));
    }
    book =
        new OrderBook(
            "BENCH", MID, 1_000, (mo, mp, to, tp, side, price, qty) -> matchedQuantity += qty);
  }

  @Benchmark
  public long submitAndCancel() {
    int i = step++ & (CYCLE - 1);
    int slot = i & (LIVE - 1);
    if (resting[slot] != 0) {
      // UNKNOWN_ORDER when it has filled meanwhile: also a real path.
      book.cancel(resting[slot], restingOwner[slot]);
    }
    long id = nextId++;
    int participant = 1 + (i & 7);
    RejectReason r =
        book.submit(
            id,
            participant,
            buys[i] ? Side.BUY : Side.SELL,
            OrderType.LIMIT,
            prices[i],
            quantities[i]);
    resting[slot] = r == RejectReason.NONE && book.lastResting() > 0 ? id : 0;
    restingOwner[slot] = participant;
    return matchedQuantity;
  }
}
