package org.wealtharena.coordination;

/**
 * The Sharpe ratio of a strategy as a practitioner computes it from independent episodes: mean /
 * sample standard deviation of the per-episode returns (episode PnL / capital budget), annualised
 * by sqrt(episodes per year) with episodes per year = {@value #TRADING_SECONDS_PER_YEAR} s (252
 * sessions of 6.5 h) / episode length. Returns sampled inside one episode are autocorrelated and
 * never used. Its standard error is Lo's (2002) for iid returns, sqrt((1 + SR²/2) / n) on the
 * per-episode ratio, annualised by the same factor. Under {@value #MIN_EPISODES} episodes, or
 * without any spread in the returns, it is not published: value and standard error are NaN.
 *
 * @param value annualised Sharpe ratio, NaN when not published
 * @param standardError its standard error, NaN when not published
 * @param episodes how many episode returns it was computed from
 */
public record EpisodeSharpe(double value, double standardError, int episodes) {

  /** Fewest episodes a published Sharpe ratio comes from. */
  public static final int MIN_EPISODES = 10;

  /** Trading seconds in a year: 252 sessions of 6.5 hours. */
  public static final double TRADING_SECONDS_PER_YEAR = 252 * 6.5 * 3600;

  /** The Sharpe ratio of {@code returns}, each one episode's, of {@code episodeSeconds} each. */
  public static EpisodeSharpe of(double[] returns, double episodeSeconds) {
    if (!(episodeSeconds > 0)) {
      throw new IllegalArgumentException("episode length must be positive, got " + episodeSeconds);
    }
    int n = returns.length;
    if (n < MIN_EPISODES) {
      return new EpisodeSharpe(Double.NaN, Double.NaN, n);
    }
    double mean = 0;
    for (double r : returns) {
      mean += r;
    }
    mean /= n;
    double squares = 0;
    for (double r : returns) {
      squares += (r - mean) * (r - mean);
    }
    double sd = Math.sqrt(squares / (n - 1));
    if (!(sd > 0)) {
      return new EpisodeSharpe(Double.NaN, Double.NaN, n); // no spread: the ratio is undefined
    }
    double perEpisode = mean / sd;
    double annualisation = Math.sqrt(TRADING_SECONDS_PER_YEAR / episodeSeconds);
    double standardError = Math.sqrt((1 + perEpisode * perEpisode / 2) / n);
    return new EpisodeSharpe(perEpisode * annualisation, standardError * annualisation, n);
  }

  /** Whether there is a figure to publish. */
  public boolean published() {
    return Double.isFinite(value);
  }
}
