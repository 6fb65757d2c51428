package org.wealtharena.market.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.book.OrderBook;
import org.wealtharena.market.book.Side;
import org.wealtharena.market.venue.Fill;
import org.wealtharena.market.venue.Order;
import org.wealtharena.market.venue.RecordingListener;
import org.wealtharena.market.venue.Venue;

class MarketSimulationTest {
  private static final long TEN_MINUTES = 10 * SimulationClock.MINUTE;

  private static String digestOf(long seed, long duration) {
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), seed);
    FillDigest digest = new FillDigest();
    simulation.addFillListener(digest);
    simulation.advanceTo(duration);
    assertThat(digest.fills()).isPositive();
    return digest.hex() + "/" + simulation.eventsProcessed();
  }

  @Test
  void sameSeedSameFillsDifferentSeedOtherFills() {
    String first = digestOf(7, TEN_MINUTES);
    assertThat(digestOf(7, TEN_MINUTES)).isEqualTo(first);
    assertThat(digestOf(8, TEN_MINUTES)).isNotEqualTo(first);
  }

  @Test
  void resultDoesNotDependOnHowManySimulationsRunInParallel() throws Exception {
    String alone = digestOf(3, TEN_MINUTES);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        runs.add(pool.submit(() -> digestOf(3, TEN_MINUTES)));
      }
      for (Future<String> run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void steppingInSmallOrLargeStepsGivesTheSameMarket() {
    MarketSimulation stepped = MarketSimulation.create(MarketConfig.defaultMarket(), 5);
    FillDigest a = new FillDigest();
    stepped.addFillListener(a);
    for (long t = 0; t <= TEN_MINUTES; t += SimulationClock.SECOND) {
      stepped.advanceTo(t);
    }
    MarketSimulation once = MarketSimulation.create(MarketConfig.defaultMarket(), 5);
    FillDigest b = new FillDigest();
    once.addFillListener(b);
    once.advanceTo(TEN_MINUTES);
    assertThat(a.hex()).isEqualTo(b.hex());
    assertThat(stepped.now()).isEqualTo(TEN_MINUTES);
  }

  @Test
  void cashAndSharesAreConservedAcrossEveryone() {
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), 11);
    simulation.advanceTo(SimulationClock.HOUR);
    assertThat(simulation.fills()).isGreaterThan(10_000);
    assertThat(simulation.ledger().totalCash()).isZero();
    for (int s = 0; s < simulation.symbols().size(); s++) {
      assertThat(simulation.ledger().totalPosition(s)).isZero();
    }
    long venueIncome = 0;
    for (Venue venue : simulation.venues()) {
      venueIncome += simulation.ledger().cash(venue.account());
    }
    assertThat(venueIncome).as("taker fees exceed maker rebates").isPositive();
  }

  @Test
  void anAgentOrderArrivesAfterTheVenueLatencyAndItsFillsCarryFees() {
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), 2);
    simulation.advanceTo(SimulationClock.MINUTE);
    RecordingListener heard = new RecordingListener();
    Gateway agent = simulation.connect("agent", heard);
    Venue nasdaq = simulation.venue("NASDAQ");
    long sentAt = simulation.now();
    long arrival = agent.submit("NASDAQ", Order.market(agent.nextOrderId(), "AAPL", Side.BUY, 300));
    long latency = arrival - sentAt;
    assertThat(latency)
        .isBetween(
            nasdaq.spec().latency().fixedNanos(),
            nasdaq.spec().latency().fixedNanos() + nasdaq.spec().latency().jitterNanos());

    simulation.advanceTo(arrival - 1);
    assertThat(heard.results).isEmpty();
    simulation.advanceTo(arrival);
    assertThat(heard.results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.accepted()).isTrue();
              assertThat(r.timeNanos()).isEqualTo(arrival);
              assertThat(r.filledQuantity() + r.cancelledQuantity()).isEqualTo(300);
            });
    long filled = heard.fills.stream().mapToLong(Fill::quantity).sum();
    assertThat(filled).isEqualTo(heard.results.get(0).filledQuantity()).isPositive();
    int me = agent.participant();
    assertThat(heard.fills)
        .allSatisfy(
            f -> {
              assertThat(f.sideOf(me)).isEqualTo(Side.BUY);
              assertThat(f.feeOf(me))
                  .isEqualTo(f.quantity() * nasdaq.spec().takerFeeMicrosPerShare());
            });
    assertThat(simulation.ledger().position(me, simulation.symbolIndex("AAPL"))).isEqualTo(filled);
  }

  @Test
  void requestsOnOneConnectionArriveInTheOrderSent() {
    MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), 4);
    simulation.advanceTo(SimulationClock.MINUTE);
    RecordingListener heard = new RecordingListener();
    Gateway agent = simulation.connect("agent", heard);
    OrderBook book = simulation.venue("NYSE").book("MSFT");
    long bid = book.bestBid() * simulation.venue("NYSE").spec().tickMicros();
    long previous = 0;
    for (int i = 0; i < 50; i++) {
      long id = agent.nextOrderId();
      long arrival = agent.submit("NYSE", Order.limit(id, "MSFT", Side.BUY, bid, 100));
      assertThat(arrival).isGreaterThanOrEqualTo(previous);
      previous = arrival;
      agent.cancel("NYSE", "MSFT", id);
    }
    simulation.advanceBy(SimulationClock.SECOND);
    // Every cancel found its order: it did not overtake it.
    assertThat(heard.results).hasSize(100).allSatisfy(r -> assertThat(r.accepted()).isTrue());
  }

  @Test
  void eachVenueTracksTheFundamentalAndCrossVenueGapsOpenAndClose() {
    MarketSimulation simulation =
        MarketSimulation.create(MarketConfig.defaultMarket().withSymbols(List.of("AAPL")), 21);
    OrderBook nasdaq = simulation.venue("NASDAQ").book("AAPL");
    OrderBook nyse = simulation.venue("NYSE").book("AAPL");
    int samples = 0;
    double deviationBps = 0;
    int open = 0;
    int signChanges = 0;
    long lastGap = 0;
    for (long t = SimulationClock.MINUTE;
        t <= SimulationClock.HOUR;
        t += 10 * SimulationClock.SECOND) {
      simulation.advanceTo(t);
      double fundamentalTicks = simulation.fundamental(0) * 100;
      deviationBps += Math.abs(nasdaq.anchorTicks() - fundamentalTicks) / fundamentalTicks * 1e4;
      deviationBps += Math.abs(nyse.anchorTicks() - fundamentalTicks) / fundamentalTicks * 1e4;
      samples += 2;
      long gap = nasdaq.anchorTicks() - nyse.anchorTicks();
      if (gap != 0) {
        open++;
        if (lastGap != 0 && Long.signum(gap) != Long.signum(lastGap)) {
          signChanges++;
        }
        lastGap = gap;
      }
    }
    assertThat(deviationBps / samples).as("mean |mid - fundamental| in bps").isLessThan(10);
    assertThat(open).as("samples with a cross-venue gap").isGreaterThan(samples / 8);
    assertThat(signChanges).as("gaps close and reopen the other way").isGreaterThan(20);
  }
}
