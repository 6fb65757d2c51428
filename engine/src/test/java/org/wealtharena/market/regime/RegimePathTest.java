package org.wealtharena.market.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wealtharena.market.SimulationClock;

class RegimePathTest {
  private static final long SECOND = SimulationClock.SECOND;

  @Test
  void spendsAboutEachRegimesShareOfTimeAndSwitchesAsOftenAsItsMeanDurationsSay() {
    RegimeSpec spec = RegimeSpec.defaults();
    double[] seconds = new double[Regime.values().length];
    int switches = 0;
    long sessions = 200;
    for (long seed = 0; seed < sessions; seed++) {
      RegimePath path = new RegimePath(spec, new SplittableRandom(seed));
      Regime previous = path.at(0);
      for (long t = 0; t < SimulationClock.SESSION; t += SECOND) {
        Regime now = path.at(t);
        seconds[now.ordinal()]++;
        if (now != previous) {
          switches++;
        }
        previous = now;
      }
    }
    double total = sessions * (SimulationClock.SESSION / SECOND);
    double[] expected = spec.timeShares();
    for (Regime r : Regime.values()) {
      assertThat(seconds[r.ordinal()] / total)
          .as("share of time in %s", r)
          .isCloseTo(expected[r.ordinal()], within(0.03));
    }
    double stretchesPerMinute = 0; // each regime's share of time over its mean duration

    for (int r = 0; r < expected.length; r++) {
      stretchesPerMinute += expected[r] / spec.of(Regime.values()[r]).meanMinutes();
    }
    double meanStretchMinutes = 1 / stretchesPerMinute;
    double switchesPerSession = switches / (double) sessions;
    assertThat(switchesPerSession)
        .isCloseTo(390 / meanStretchMinutes, within(0.1 * 390 / meanStretchMinutes));
  }

  @Test
  void theRegimeAtATimeDoesNotDependOnTheOrderOfQuestions() {
    RegimePath forward = new RegimePath(RegimeSpec.defaults(), new SplittableRandom(5));
    RegimePath jumping = new RegimePath(RegimeSpec.defaults(), new SplittableRandom(5));
    Regime late = jumping.at(3 * SimulationClock.HOUR);
    for (long t = 0; t <= 3 * SimulationClock.HOUR; t += 7 * SECOND) {
      assertThat(jumping.at(t)).as("at %d s", t / SECOND).isEqualTo(forward.at(t));
    }
    assertThat(forward.at(3 * SimulationClock.HOUR)).isEqualTo(late);
    RegimePath backward = new RegimePath(RegimeSpec.defaults(), new SplittableRandom(5));
    for (long t = 3 * SimulationClock.HOUR; t >= 0; t -= 7 * SECOND) {
      assertThat(backward.at(t)).as("backward at %d s", t / SECOND).isEqualTo(forward.at(t));
    }
  }

  @Test
  void effectsFollowTheRegimeWithTheMeanVarianceKept() {
    RegimeSpec spec = RegimeSpec.defaults();
    RegimePath path = new RegimePath(spec, new SplittableRandom(9));
    double meanVariance = 0;
    double[] share = spec.timeShares();
    for (Regime r : Regime.values()) {
      double m = spec.of(r).volatilityMultiplier();
      meanVariance += share[r.ordinal()] * m * m * spec.varianceNormalisation();
    }
    assertThat(meanVariance).isCloseTo(1, within(1e-12));
    long stretchStart = 0;
    Regime previous = path.at(0);
    for (long t = 0; t < SimulationClock.HOUR; t += 30 * SECOND) {
      Regime r = path.at(t);
      if (r != previous) {
        assertThat(path.stretchStart(t)).isGreaterThan(t - 30 * SECOND).isLessThanOrEqualTo(t);
        stretchStart = path.stretchStart(t);
        previous = r;
      }
      assertThat(path.stretchStart(t)).isEqualTo(stretchStart);
      assertThat(path.effects(t)).isEqualTo(spec.of(r));
      assertThat(path.volatilityMultiplier(t))
          .isCloseTo(
              spec.of(r).volatilityMultiplier() * Math.sqrt(spec.varianceNormalisation()),
              within(1e-12));
    }
  }

  @Test
  void noRegimesMeansOneNeutralRegimeAllSession() {
    RegimePath path = new RegimePath(RegimeSpec.none(), new SplittableRandom(1));
    for (long t = 0; t < SimulationClock.SESSION; t += SimulationClock.MINUTE) {
      assertThat(path.at(t)).isEqualTo(Regime.CALM);
      assertThat(path.volatilityMultiplier(t)).isEqualTo(1);
      assertThat(path.effects(t)).isEqualTo(RegimeEffects.neutral(1, 1e9));
    }
  }

  @Test
  void rejectsSpecsThatCannotBeRun() {
    Map<Regime, RegimeEffects> nothingEntered = new EnumMap<>(Regime.class);
    for (Regime r : Regime.values()) {
      nothingEntered.put(r, RegimeEffects.neutral(0, 5));
    }
    assertThatThrownBy(() -> new RegimeSpec(nothingEntered)).hasMessageContaining("entry weight");
    Map<Regime, RegimeEffects> oneMissing = new EnumMap<>(RegimeSpec.defaults().effects());
    oneMissing.remove(Regime.DROUGHT);
    assertThatThrownBy(() -> new RegimeSpec(oneMissing)).hasMessageContaining("drought");
    assertThatThrownBy(() -> calm().arbitrageDelay(-1).build()).hasMessageContaining("delay");
    assertThatThrownBy(() -> calm().informed(-1, 1, 1).build())
        .hasMessageContaining("informed noise scale");
    assertThatThrownBy(() -> calm().noiseRate(0).build()).hasMessageContaining("noise rate");
    assertThatThrownBy(() -> calm().reversion(Double.NaN).build())
        .hasMessageContaining("reversion");
    assertThatThrownBy(() -> calm().drift(Double.POSITIVE_INFINITY).build())
        .hasMessageContaining("drift");
    assertThatThrownBy(() -> RegimeEffects.neutral(1, 0)).hasMessageContaining("mean minutes");
  }

  private static RegimeEffects.Builder calm() {
    return RegimeEffects.builder(1, 5);
  }

  @Test
  void timeSharesAreTheTimeEachRegimeHeldInTheSpan() {
    for (long seed = 0; seed < 20; seed++) {
      RegimePath path = new RegimePath(RegimeSpec.defaults(), new SplittableRandom(seed));
      long from = 5 * SimulationClock.MINUTE;
      long to = from + 40 * SimulationClock.MINUTE;
      // asked for first, before the path was drawn that far
      double[] shares = path.timeShares(from, to);
      double[] sampled = new double[Regime.values().length];
      long step = SECOND / 10;
      for (long t = from; t < to; t += step) {
        sampled[path.at(t).ordinal()] += (double) step / (to - from);
      }
      assertThat(shares).as("seed %d", seed).containsExactly(sampled, within(0.001));
      assertThat(java.util.Arrays.stream(shares).sum()).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void aMarketWithoutRegimesSpendsEverySpanInOne() {
    RegimePath path = new RegimePath(RegimeSpec.none(), new SplittableRandom(1));
    double[] shares = path.timeShares(0, SimulationClock.HOUR);
    assertThat(shares[path.at(0).ordinal()]).isEqualTo(1.0);
    assertThat(java.util.Arrays.stream(shares).sum()).isEqualTo(1.0);
    assertThatThrownBy(() -> path.timeShares(SECOND, SECOND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty span");
  }
}
