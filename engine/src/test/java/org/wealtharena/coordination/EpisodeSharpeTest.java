package org.wealtharena.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Sharpe ratio from independent episode returns, checked on samples whose answer is known. */
class EpisodeSharpeTest {

  /** Half-hour episodes: 252 x 6.5 h / 0.5 h = 3276 a year. */
  private static final double EPISODE_SECONDS = 1800;

  private static final double ANNUALISATION = Math.sqrt(3276);

  /** Per-episode mean and sd of the iid normal returns: a true per-episode Sharpe of 0.1. */
  private static final double MEAN = 0.001;

  private static final double SD = 0.01;

  private static final double TRUE_SHARPE = MEAN / SD * ANNUALISATION;

  @Test
  void estimateOfAnIidNormalSampleLiesWithinTwoStandardErrorsOfTheTruth() {
    EpisodeSharpe sharpe = EpisodeSharpe.of(normalReturns(new Random(20021), 400), EPISODE_SECONDS);

    assertThat(sharpe.published()).isTrue();
    assertThat(sharpe.episodes()).isEqualTo(400);
    // Lo (2002), iid: sqrt((1 + 0.1^2 / 2) / 400) per episode, annualised
    assertThat(sharpe.standardError())
        .isCloseTo(
            Math.sqrt((1 + Math.pow(sharpe.value() / ANNUALISATION, 2) / 2) / 400) * ANNUALISATION,
            within(1e-12));
    assertThat(sharpe.value()).isCloseTo(TRUE_SHARPE, within(2 * sharpe.standardError()));
  }

  @Test
  void standardErrorMatchesTheSpreadOfTheEstimatesAndCoversTheTruth() {
    Random random = new Random(7);
    int replications = 400;
    int n = 60;
    double[] estimates = new double[replications];
    double meanStandardError = 0;
    int covered = 0;
    for (int r = 0; r < replications; r++) {
      EpisodeSharpe sharpe = EpisodeSharpe.of(normalReturns(random, n), EPISODE_SECONDS);
      estimates[r] = sharpe.value();
      meanStandardError += sharpe.standardError() / replications;
      covered += Math.abs(sharpe.value() - TRUE_SHARPE) <= 1.96 * sharpe.standardError() ? 1 : 0;
    }
    double mean = 0;
    for (double e : estimates) {
      mean += e / replications;
    }
    double squares = 0;
    for (double e : estimates) {
      squares += (e - mean) * (e - mean);
    }
    double spread = Math.sqrt(squares / (replications - 1));

    assertThat(mean).isCloseTo(TRUE_SHARPE, within(3 * spread / Math.sqrt(replications) + 0.1));
    assertThat(meanStandardError).isCloseTo(spread, within(0.15 * spread));
    assertThat(covered / (double) replications).isBetween(0.91, 0.98);
  }

  @Test
  void nothingIsPublishedUnderTenEpisodes() {
    double[] nine = normalReturns(new Random(3), 9);
    EpisodeSharpe sharpe = EpisodeSharpe.of(nine, EPISODE_SECONDS);
    assertThat(sharpe.published()).isFalse();
    assertThat(sharpe.value()).isNaN();
    assertThat(sharpe.standardError()).isNaN();
    assertThat(sharpe.episodes()).isEqualTo(9);

    assertThat(EpisodeSharpe.of(normalReturns(new Random(3), 10), EPISODE_SECONDS).published())
        .isTrue();
  }

  @Test
  void returnsWithoutSpreadHaveNoSharpeRatio() {
    double[] flat = new double[20];
    assertThat(EpisodeSharpe.of(flat, EPISODE_SECONDS).published()).isFalse();
  }

  @Test
  void annualisationFollowsTheEpisodeLength() {
    double[] returns = normalReturns(new Random(11), 50);
    // a 6.5 h episode is one session: 252 a year
    double session = EpisodeSharpe.of(returns, 6.5 * 3600).value();
    double halfHour = EpisodeSharpe.of(returns, EPISODE_SECONDS).value();
    assertThat(halfHour / session).isCloseTo(Math.sqrt(13), within(1e-12));
  }

  private static double[] normalReturns(Random random, int n) {
    double[] returns = new double[n];
    for (int i = 0; i < n; i++) {
      returns[i] = MEAN + SD * random.nextGaussian();
    }
    return returns;
  }
}
