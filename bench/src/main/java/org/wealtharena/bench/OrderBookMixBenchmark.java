package org.wealtharena.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.book.OrderType;
import org.wealtharena.market.book.Side;

/**
 * One order event of a realistic mix on a book holding about 1,000 resting orders: 60% new limit
 * orders that rest 1 to 20 ticks from the mid, 30% cancels of a random resting order, 10%
 * marketable IOC orders. A marketable order takes four resting lots while the book holds more than
 * 1,000 orders and two while it holds fewer, so takes and cancels pull the depth back to 1,000
 * without changing the mix.
 *
 * <p>Throughput in events per second is 10^9 / (average ns per event). Run: {@code java -jar
 * bench/target/benchmarks.jar OrderBookMix -bm avgt,sample}
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OrderBookMixBenchmark {

  static final int DEPTH = 1_000;
  private static final int EVENTS = 1 << 16;
  private static final int ID_SLOTS = 1 << 20; // ids wrap here; an order lives far fewer events
  private static final long MID = 100_000;
  private static final long LOT = 100;

  private static final byte NEW_LIMIT = 0;
  private static final byte CANCEL = 1;
  private static final byte MARKETABLE = 2;

  private final byte[] kinds = new byte[EVENTS];
  private final boolean[] buys = new boolean[EVENTS];
  private final long[] offsets = new long[EVENTS];
  private final int[] picks = new int[EVENTS];

  /** Live resting order ids, and where each id sits in that array (by id modulo ID_SLOTS). */
  private final long[] live = new long[ID_SLOTS];

  private final int[] positionOf = new int[ID_SLOTS];
  private final long[] remainingOf = new long[ID_SLOTS];
  private int liveCount;

  private OrderBook book;
  private long nextId;
  private int event;

  @Setup(Level.Iteration)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < EVENTS; i++) {
      int roll = random.nextInt(100);
      kinds[i] = roll < 60 ? NEW_LIMIT : roll < 90 ? CANCEL : MARKETABLE;
      buys[i] = random.nextBoolean();
      offsets[i] = 1 + random.nextLong(20);
      picks[i] = random.nextInt(Integer.MAX_VALUE);
    }
    book = new OrderBook("BENCH", MID, 1_000, this::onMatch);
    liveCount = 0;
    nextId = 1;
    event = 0;
    for (int i = 0; i < DEPTH; i++) {
      rest(buys[i], offsets[i]);
    }
  }

  @Benchmark
  public int orderEvent() {
    int i = event++ & (EVENTS - 1);
    switch (kinds[i]) {
      case NEW_LIMIT -> rest(buys[i], offsets[i]);
      case CANCEL -> {
        if (liveCount > 0) {
          long id = live[picks[i] % liveCount];
          book.cancel(id, participant(id));
          forget(id);
        }
      }
      default ->
          book.submit(
              nextId++,
              99,
              buys[i] ? Side.BUY : Side.SELL,
              OrderType.IOC,
              buys[i] ? MID + 50 : MID - 50,
              (liveCount > DEPTH ? 4 : 2) * LOT);
    }
    return liveCount;
  }

  private void rest(boolean buy, long offset) {
    long id = nextId++;
    book.submit(
        id,
        participant(id),
        buy ? Side.BUY : Side.SELL,
        OrderType.LIMIT,
        buy ? MID - offset : MID + offset,
        LOT);
    int slot = (int) (id & (ID_SLOTS - 1));
    positionOf[slot] = liveCount;
    remainingOf[slot] = LOT;
    live[liveCount++] = id;
  }

  private void onMatch(
      long makerId, int maker, long takerId, int taker, Side side, long price, long qty) {
    int slot = (int) (makerId & (ID_SLOTS - 1));
    remainingOf[slot] -= qty;
    if (remainingOf[slot] == 0) {
      forget(makerId);
    }
  }

  /** Removes a resting order from the live set: the last one takes its place. */
  private void forget(long id) {
    int slot = (int) (id & (ID_SLOTS - 1));
    int position = positionOf[slot];
    long last = live[--liveCount];
    live[position] = last;
    positionOf[(int) (last & (ID_SLOTS - 1))] = position;
  }

  private static int participant(long id) {
    return 1 + (int) (id & 7);
  }
}
