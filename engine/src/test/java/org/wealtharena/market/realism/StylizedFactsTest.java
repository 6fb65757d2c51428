package org.wealtharena.market.realism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.market.tape.Tape;
import org.wealtharena.market.tape.TapeRecorder;

/**
 * The embedded market shows the stylized facts of real markets: a default 6.5 h session on five
 * seeds, all symbols pooled, as {@code wealtharena realism} measures them.
 */
class StylizedFactsTest {
  private static RealismReport report;

  @BeforeAll
  static void runFiveSessions() {
    StylizedFacts facts = StylizedFacts.perMinute();
    for (long seed = 1; seed <= 5; seed++) {
      MarketSimulation simulation = MarketSimulation.create(MarketConfig.defaultMarket(), seed);
      Tape tape = TapeRecorder.attach(simulation);
      simulation.advanceTo(SimulationClock.SESSION);
      facts.addTape(tape);
    }
    report = facts.report();
    report.facts().forEach(f -> System.out.println("stylized fact: " + f));
  }

  @Test
  void returnsHaveFatTailsThatThinWithTheHorizon() {
    double[] k = report.kurtosis();
    assertThat(k[1]).as("excess kurtosis of 5-min returns").isGreaterThan(3);
    assertThat(k[0]).as("1 min above 5 min").isGreaterThan(k[1]);
    assertThat(k[1]).as("5 min above 30 min").isGreaterThan(k[2]);
  }

  @Test
  void returnsAreNotLinearlyPredictable() {
    for (int lag = 1; lag <= 5; lag++) {
      assertThat(Math.abs(report.acf()[lag])).as("|ACF| at lag %d", lag).isLessThan(0.05);
    }
  }

  @Test
  void volatilityClusters() {
    for (int lag = 1; lag <= 10; lag++) {
      assertThat(report.absAcf()[lag]).as("ACF of |r| at lag %d", lag).isGreaterThan(0.1);
    }
  }

  @Test
  void volumeFollowsTheIntradayUShape() {
    double[] share = report.halfHourVolumeShare();
    double midday = (share[4] + share[5] + share[6] + share[7] + share[8]) / 5;
    assertThat(share[0]).as("first half hour vs midday").isGreaterThanOrEqualTo(1.5 * midday);
    assertThat(share[share.length - 1])
        .as("last half hour vs midday")
        .isGreaterThanOrEqualTo(1.5 * midday);
  }

  @Test
  void spreadsAreOneOrTwoTicks() {
    double[] share = report.spreadShare();
    assertThat(share[0] + share[1]).as("up to 1 tick").isLessThan(0.5);
    assertThat(share[0] + share[1] + share[2]).as("up to 2 ticks").isGreaterThanOrEqualTo(0.5);
    assertThat(report.fact("median spread").pass()).isTrue();
  }

  @Test
  void venuesAreAlmostNeverCrossedAndTouchesHoldHundredsOfShares() {
    assertThat(report.fact("crossed venues").pass()).as(report.fact("crossed").measured()).isTrue();
    assertThat(report.fact("median touch size").pass()).isTrue();
  }

  @Test
  void estimatorsGiveTheKnownValuesOfKnownDistributions() {
    SplittableRandom random = new SplittableRandom(5);
    int n = 200_000;
    double[] gaussian = new double[n];
    double[] laplace = new double[n];
    double[] ar = new double[n];
    for (int i = 0; i < n; i++) {
      gaussian[i] = random.nextGaussian();
      laplace[i] = random.nextExponential() * (random.nextBoolean() ? 1 : -1);
      ar[i] = (i == 0 ? 0 : 0.5 * ar[i - 1]) + random.nextGaussian();
    }
    assertThat(Statistics.excessKurtosis(Statistics.standardise(List.of(gaussian))))
        .isCloseTo(0, within(0.05));
    assertThat(Statistics.excessKurtosis(Statistics.standardise(List.of(laplace))))
        .isCloseTo(3, within(0.2));
    double[][] z = Statistics.standardise(List.of(ar));
    assertThat(Statistics.autocorrelation(z, 1)).isCloseTo(0.5, within(0.01));
    assertThat(Statistics.autocorrelation(z, 2)).isCloseTo(0.25, within(0.01));
  }
}
