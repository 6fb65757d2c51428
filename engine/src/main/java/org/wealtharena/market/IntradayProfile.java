package org.wealtharena.market;

/**
 * How busy the market is over a session, relative to its average: the intraday U shape of real
 * equity markets (busy open, quiet midday, busy close). The multiplier at time t into a session of
 * length T is proportional to {@code 1 + open * exp(-t / decay) + close * exp(-(T - t) / decay)},
 * scaled so that it averages 1 over the session: daily volumes and volatilities stay as configured,
 * only their timing changes. Background arrival rates are multiplied by it and so is the variance
 * of the fundamental prices (variance follows the number of trades, Clark 1973). Time past a
 * session wraps into the next one.
 *
 * @param open extra activity at the open, relative to midday (0: flat)
 * @param close extra activity at the close, relative to midday
 * @param decayMinutes how fast the open and close bursts fade
 */
public record IntradayProfile(double open, double close, double decayMinutes) {

  public IntradayProfile {
    if (!(open >= 0) || !(close >= 0) || !(decayMinutes > 0)) {
      throw new IllegalArgumentException(
          "intraday profile needs open >= 0, close >= 0 and a positive decay, got "
              + open
              + ", "
              + close
              + ", "
              + decayMinutes);
    }
  }

  /** No intraday pattern: the multiplier is 1 all day. */
  public static IntradayProfile flat() {
    return new IntradayProfile(0, 0, 1);
  }

  /**
   * About 2x the midday activity in the first half hour and 1.8x in the last, as in US large caps.
   */
  public static IntradayProfile usEquities() {
    return new IntradayProfile(2.0, 1.5, 20);
  }

  /** The activity multiplier at {@code nanos} since the session start; averages 1 per session. */
  public double multiplier(long nanos) {
    if (open == 0 && close == 0) {
      return 1;
    }
    double session = SimulationClock.SESSION;
    double t = Math.floorMod(nanos, SimulationClock.SESSION);
    double decay = decayMinutes * SimulationClock.MINUTE;
    double raw = 1 + open * Math.exp(-t / decay) + close * Math.exp(-(session - t) / decay);
    double mean = 1 + (open + close) * decay / session * (1 - Math.exp(-session / decay));
    return raw / mean;
  }
}
