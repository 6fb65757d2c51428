package org.wealtharena.training.baseline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.policy.ActionMapping;
import org.wealtharena.market.Seeds;
import org.wealtharena.training.trainer.EpisodeEngine;
import org.wealtharena.training.trainer.EpisodePool;
import org.wealtharena.training.trainer.TrainingFailedException;

/**
 * Finds the best constant action by the cross-entropy method (Rubinstein 1999): each generation
 * draws {@code population} candidate actions from a diagonal Gaussian, scores every candidate on
 * the same {@code episodesPerCandidate} episode seeds (common random numbers, so candidates are
 * compared on the same markets and the noise of the market cancels out of the ranking), and refits
 * the Gaussian's mean and standard deviation to the best {@code eliteFraction} of them. The answer
 * is the last generation's mean: the search spends at most {@code episodeBudget} episodes (rounded
 * down to whole generations), the budget a trained policy gets for its training.
 *
 * <p>A Gaussian started in the middle of the action space rarely reaches its corners, where the
 * allocations that give everything to one agent lie, and a corner can be the optimum. So the search
 * takes several starting points: it first spends one generation's episodes on them, split evenly,
 * every start playing the same seeds (those of position 0; the generations take the next
 * positions), and starts from the best. Ranked on the few seeds a generation gives a candidate, a
 * start that loses on a handful of bad markets would be dropped by chance. And the current mean is
 * always the first candidate of a generation, so a good mean is not averaged away because one
 * generation's random draws were all worse.
 *
 * <p>On markets as noisy as ours (an episode's reward varies more than the candidates differ), the
 * elites of a generation are mostly the lucky ones and the mean drifts. So when the budget has
 * room, the search ends with a final check: the last mean and the best start play one generation's
 * episodes each on the same fresh seeds (the position after the generations'), and the better of
 * the two is the answer. A search never answers with what merely drifted away from a good start.
 *
 * <p>Candidates are drawn from a generator seeded by position (generation), episode seeds come from
 * the caller by position, and candidates are scored in parallel but ranked in a fixed order, so the
 * result depends on the settings and seeds alone, not on the thread count. A generation runs as one
 * batch on an {@link EpisodeEngine}, so on a cluster the search runs there too.
 */
public final class ConstantActionSearch {

  /**
   * Scores one constant action on one episode seed (higher is better), with the team runner of
   * where the episode runs. Sent to the engine with every generation, hence serializable.
   */
  @FunctionalInterface
  public interface Scorer extends Serializable {
    double score(double[] action, long episodeSeed, TeamEpisodeRunner runner);
  }

  /** One generation's episodes as a batch: task {@code t} plays candidate t / perCandidate. */
  private record Generation(Scorer scorer, double[][] candidates, long[] episodeSeeds)
      implements Serializable {
    double score(int task, TeamEpisodeRunner runner) {
      int perCandidate = episodeSeeds.length;
      return scorer.score(
          candidates[task / perCandidate], episodeSeeds[task % perCandidate], runner);
    }
  }

  /**
   * The seed of the {@code episode}-th (0-based) episode every candidate at seed position {@code
   * position} (0-based: the starts', then each generation's) plays; for a baseline of a training
   * run, seeds of that run's training stream.
   */
  @FunctionalInterface
  public interface EpisodeSeeds {
    long seed(int position, int episode);
  }

  /**
   * @param population candidates per generation, at least 2
   * @param episodesPerCandidate episode seeds every candidate of a generation plays
   * @param eliteFraction share of a generation the next one is fitted to, in (0, 1]
   * @param initialSd standard deviation of every coordinate in the first generation
   * @param minimumSd floor on the standard deviation, so the search never stops exploring entirely
   * @param bound every coordinate is kept in [-bound, bound]
   */
  public record Settings(
      int population,
      int episodesPerCandidate,
      double eliteFraction,
      double initialSd,
      double minimumSd,
      double bound) {

    public Settings {
      if (population < 2 || episodesPerCandidate < 1) {
        throw new IllegalArgumentException(
            "the search needs at least 2 candidates and 1 episode per candidate");
      }
      if (!(eliteFraction > 0 && eliteFraction <= 1)
          || !(initialSd > 0)
          || !(minimumSd >= 0)
          || !(bound > 0)) {
        throw new IllegalArgumentException(
            "elite fraction must be in (0, 1], standard deviations and bound positive");
      }
    }

    /**
     * 16 candidates on 5 seeds each, refit to the best quarter; logits start at standard deviation
     * 3 (wide enough to reach "everything to one agent" from the neutral start) within the
     * coordinator's own clamp.
     */
    public static Settings defaults() {
      return new Settings(16, 5, 0.25, 3, 0.1, ActionMapping.MAX_LOGIT);
    }

    int elites() {
      return Math.max(1, (int) Math.round(population * eliteFraction));
    }

    int episodesPerGeneration() {
      return population * episodesPerCandidate;
    }
  }

  /**
   * What the search found.
   *
   * @param action the best constant action found: the last generation's mean, or the best start if
   *     that beat it in the final check
   * @param meanScorePerGeneration mean score of each generation's elites on its seeds
   * @param episodesUsed episodes played in all
   */
  public record Result(double[] action, double[] meanScorePerGeneration, int episodesUsed) {
    public Result {
      action = action.clone();
      meanScorePerGeneration = meanScorePerGeneration.clone();
    }

    @Override
    public double[] action() {
      return action.clone();
    }

    @Override
    public double[] meanScorePerGeneration() {
      return meanScorePerGeneration.clone();
    }
  }

  private final Settings settings;
  private final long seed;

  public ConstantActionSearch(Settings settings, long seed) {
    this.settings = settings;
    this.seed = seed;
  }

  /**
   * Searches the action space (of the starts' dimension) from the best of {@code starts} with at
   * most {@code episodeBudget} episodes (at least the starts' and one generation's worth).
   * Generation {@code g} plays the seeds of position {@code g}, or {@code g + 1} after the starts.
   *
   * @param starts the starting points, all of one dimension; with one, it is the first mean as it
   *     is, unscored
   * @throws TrainingFailedException if an episode fails, the wait is interrupted or the engine
   *     fails
   */
  public Result search(
      List<double[]> starts,
      int episodeBudget,
      Scorer scorer,
      EpisodeSeeds seeds,
      EpisodeEngine engine)
      throws TrainingFailedException {
    if (starts.isEmpty()) {
      throw new IllegalArgumentException("the search needs a starting point");
    }
    int dimension = starts.get(0).length;
    for (double[] start : starts) {
      if (start.length != dimension) {
        throw new IllegalArgumentException(
            "starting points of " + dimension + " and " + start.length + " values");
      }
    }
    boolean scoresStarts = starts.size() > 1;
    int perGeneration = settings.episodesPerGeneration();
    int perStart = Math.max(settings.episodesPerCandidate(), perGeneration / starts.size());
    int startEpisodes = scoresStarts ? starts.size() * perStart : 0;
    int finalCheckEpisodes = 2 * perGeneration;
    boolean checksFinal =
        scoresStarts && episodeBudget - startEpisodes - finalCheckEpisodes >= perGeneration;
    int generations =
        Math.max(
            1,
            (episodeBudget - startEpisodes - (checksFinal ? finalCheckEpisodes : 0))
                / perGeneration);
    // the generations play the seed positions after the starts'
    int firstGenerationSeeds = scoresStarts ? 1 : 0;
    double[] mean = starts.get(0).clone();
    if (scoresStarts) {
      double[][] candidates = starts.toArray(new double[0][]);
      double[] scores =
          score(candidates, episodeSeeds(seeds, 0, perStart), scorer, engine, "starting point");
      mean = candidates[ranked(scores).get(0)].clone();
    }
    double[] bestStart = mean.clone();
    double[] sd = new double[dimension];
    Arrays.fill(sd, settings.initialSd());
    double[] eliteScores = new double[generations];
    int population = settings.population();
    for (int generation = 0; generation < generations; generation++) {
      double[][] candidates = new double[population][];
      candidates[0] = mean.clone();
      SplittableRandom draws =
          new SplittableRandom(Seeds.derive(seed, "cem-candidates", generation));
      for (int c = 1; c < population; c++) {
        candidates[c] = new double[dimension];
        for (int d = 0; d < dimension; d++) {
          double x = mean[d] + sd[d] * draws.nextGaussian();
          candidates[c][d] = Math.max(-settings.bound(), Math.min(settings.bound(), x));
        }
      }
      double[] scores =
          score(
              candidates,
              episodeSeeds(
                  seeds, firstGenerationSeeds + generation, settings.episodesPerCandidate()),
              scorer,
              engine,
              "generation " + generation);
      List<Integer> ranked = ranked(scores);
      int elites = settings.elites();
      double eliteMean = 0;
      for (int d = 0; d < dimension; d++) {
        double m = 0;
        for (int k = 0; k < elites; k++) {
          m += candidates[ranked.get(k)][d] / elites;
        }
        double v = 0;
        for (int k = 0; k < elites; k++) {
          double dev = candidates[ranked.get(k)][d] - m;
          v += dev * dev / elites;
        }
        mean[d] = m;
        sd[d] = Math.max(settings.minimumSd(), Math.sqrt(v));
      }
      for (int k = 0; k < elites; k++) {
        eliteMean += scores[ranked.get(k)] / elites;
      }
      eliteScores[generation] = eliteMean;
    }
    int episodesUsed = startEpisodes + generations * perGeneration;
    if (checksFinal) {
      double[][] contenders = {mean, bestStart};
      double[] scores =
          score(
              contenders,
              episodeSeeds(seeds, firstGenerationSeeds + generations, perGeneration),
              scorer,
              engine,
              "the final check");
      mean = contenders[ranked(scores).get(0)];
      episodesUsed += finalCheckEpisodes;
    }
    return new Result(mean, eliteScores, episodesUsed);
  }

  private static long[] episodeSeeds(EpisodeSeeds seeds, int position, int count) {
    long[] episodeSeeds = new long[count];
    for (int e = 0; e < episodeSeeds.length; e++) {
      episodeSeeds[e] = seeds.seed(position, e);
    }
    return episodeSeeds;
  }

  /** Each candidate's mean score over {@code episodeSeeds}, played as one batch. */
  private static double[] score(
      double[][] candidates, long[] episodeSeeds, Scorer scorer, EpisodeEngine engine, String what)
      throws TrainingFailedException {
    int perCandidate = episodeSeeds.length;
    List<EpisodePool.Outcome<Double>> outcomes =
        engine.runBatch(
            new Generation(scorer, candidates, episodeSeeds),
            candidates.length * perCandidate,
            (batch, task, runner) -> batch.score(task, runner));
    double[] scores = new double[candidates.length];
    for (int task = 0; task < outcomes.size(); task++) {
      EpisodePool.Outcome<Double> outcome = outcomes.get(task);
      if (outcome.failed()) {
        throw new TrainingFailedException(
            "best-constant search: episode " + task + " of " + what + " failed", outcome.failure());
      }
      scores[task / perCandidate] += outcome.value() / perCandidate;
    }
    return scores;
  }

  /** Candidate indices best first; ties keep the draw order, so the ranking is deterministic. */
  private static List<Integer> ranked(double[] scores) {
    List<Integer> ranked = new ArrayList<>();
    for (int c = 0; c < scores.length; c++) {
      ranked.add(c);
    }
    ranked.sort(Comparator.comparingDouble((Integer c) -> -scores[c]));
    return ranked;
  }
}
