package org.wealtharena.market.realism;

import java.util.List;

/**
 * The stylized facts table and the data behind its charts.
 *
 * @param series how many price series (symbol-sessions) were pooled
 * @param kurtosis excess kurtosis at each of {@link StylizedFacts#HORIZONS}
 * @param acf autocorrelation of 1-interval returns by lag (index 0 unused)
 * @param absAcf autocorrelation of absolute 1-interval returns by lag (index 0 unused)
 * @param standardisedReturns1 the pooled standardised 1-interval returns
 * @param standardisedReturns5 the pooled standardised 5-interval returns
 * @param halfHourVolumeShare share of the volume in each half hour of the session; null if the data
 *     is not intraday
 * @param spreadShare share of snapshots with a spread of 0, 1, ... ticks (last bin: wider); null
 *     without quotes
 */
public record RealismReport(
    List<Fact> facts,
    int series,
    double[] kurtosis,
    double[] acf,
    double[] absAcf,
    double[] standardisedReturns1,
    double[] standardisedReturns5,
    double[] halfHourVolumeShare,
    double[] spreadShare) {

  /** The fact of that name. */
  public Fact fact(String namePrefix) {
    return facts.stream()
        .filter(f -> f.name().startsWith(namePrefix))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fact " + namePrefix));
  }
}
