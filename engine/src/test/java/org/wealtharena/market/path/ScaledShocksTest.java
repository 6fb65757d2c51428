package org.wealtharena.market.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScaledShocksTest {

  @Test
  void doublingTheShocksDoublesTheLogReturnOfADiffusion() {
    GeometricBrownianMotion gbm = new GeometricBrownianMotion(0, 0.3);
    PriceProcess doubled = new ScaledShocks(gbm, 2);
    double dt = 1e-4;
    double shock = 1.5;
    double base = Math.log(gbm.next(100, dt, shock, 0, new SplittableRandom(1)) / 100);
    double scaled = Math.log(doubled.next(100, dt, shock, 0, new SplittableRandom(1)) / 100);
    double drift = -0.5 * 0.3 * 0.3 * dt;
    assertThat(scaled - drift).isCloseTo(2 * (base - drift), within(1e-12));
  }
}
