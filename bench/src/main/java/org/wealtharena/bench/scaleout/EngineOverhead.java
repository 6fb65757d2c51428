package org.wealtharena.bench.scaleout;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.training.engine.EngineSetup;
import org.wealtharena.training.engine.EpisodeEngines;
import org.wealtharena.training.engine.EpisodeEnvironment;
import org.wealtharena.training.ppo.PpoConfig;
import org.wealtharena.training.trainer.EpisodeEngine;
import org.wealtharena.training.trainer.EpisodePool;
import org.wealtharena.training.trainer.IterationSummary;
import org.wealtharena.training.trainer.Trainer;
import org.wealtharena.training.trainer.TrainerSettings;
import org.wealtharena.training.trainer.TrainingFailedException;
import org.wealtharena.training.trainer.TrainingListener;
import org.wealtharena.training.trainer.TrainingResult;

/**
 * The Spark engine's cost per training iteration against the in-process pool, in one driver JVM:
 * the same training (default team and market, default PPO, seed 1) on both engines, interleaved
 * round by round so that both see the same load, after a warm-up run on each. Each iteration is
 * timed whole (episodes and update), its batch of episodes alone, and the CPU time this JVM spent
 * on it (on local[N] all of both engines' work, which the load of a shared machine barely moves; on
 * a cluster the driver's share). The mean rewards of the two engines must be equal bit for bit, or
 * the driver stops (exit 1).
 *
 * <p>The Spark engine's master and settings come from the Spark configuration, as for {@code
 * --engine spark}: {@code -Dspark.master=local[2]}, or a standalone master with its secret in
 * {@code WEALTHARENA_SPARK_SECRET}; see bench/README.md for the whole command.
 *
 * <p>Options: {@code --episodes 8,64,256} (batch sizes), {@code --episode-duration 300} (seconds of
 * simulated time, decisions every second), {@code --rounds 3}, {@code --iterations 3} (per round
 * and engine), {@code --threads 2} (the pool's threads). Prints one markdown table row per batch
 * size (iteration times: median, interquartile range, minimum; episodes per second over the median
 * iteration) and every timed iteration as a {@code sample} line.
 */
public final class EngineOverhead {

  private static final String SPARK = "spark";

  /** CPU time of this JVM: all of both engines on local[N], the driver's share on a cluster. */
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final List<Integer> batches;
  private final long episodeNanos;
  private final int rounds;
  private final int iterations;
  private final int threads;

  private EngineOverhead(
      List<Integer> batches, long episodeNanos, int rounds, int iterations, int threads) {
    this.batches = batches;
    this.episodeNanos = episodeNanos;
    this.rounds = rounds;
    this.iterations = iterations;
    this.threads = threads;
  }

  public static void main(String[] args) throws InterruptedException {
    int exit;
    try {
      exit = parse(args).run();
    } catch (IllegalArgumentException e) {
      System.err.println("EngineOverhead: " + e.getMessage());
      exit = 2;
    } catch (TrainingFailedException | EpisodeEngine.EngineFailedException e) {
      System.err.println("EngineOverhead: " + e.getMessage());
      exit = 1;
    }
    System.exit(exit);
  }

  private static EngineOverhead parse(String[] args) {
    List<Integer> batches = List.of(8, 64, 256);
    long seconds = 300;
    int rounds = 3;
    int iterations = 3;
    int threads = 2;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + ": a value is expected after it");
      }
      String option = args[i];
      String value = args[i + 1];
      switch (option) {
        case "--episodes" ->
            batches = Arrays.stream(value.split(",")).map(v -> positive(option, v)).toList();
        case "--episode-duration" -> seconds = positive(option, value);
        case "--rounds" -> rounds = positive(option, value);
        case "--iterations" -> iterations = positive(option, value);
        case "--threads" -> threads = positive(option, value);
        default ->
            throw new IllegalArgumentException(
                option
                    + ": unknown option (expected --episodes, --episode-duration, --rounds,"
                    + " --iterations, --threads)");
      }
    }
    return new EngineOverhead(
        batches, seconds * SimulationClock.SECOND, rounds, iterations, threads);
  }

  private static int positive(String option, String value) {
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed >= 1) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + ": " + value + " is not a positive whole number");
  }

  private int run() throws TrainingFailedException {
    MultiAgentMetrics multiAgent = new MultiAgentMetrics(MetricsOptions.builder().build());
    SpecializedAgentMetrics specialized = new SpecializedAgentMetrics(multiAgent.options());
    EngineSetup setup = new EngineSetup(threads, new DefaultTeam(), multiAgent, specialized);
    String master = System.getProperty("spark.master", "(none)");
    try (EpisodeEngine pool = EpisodeEngines.open(EpisodeEngines.LOCAL, setup);
        EpisodeEngine spark = EpisodeEngines.open(SPARK, setup)) {
      System.out.printf(
          Locale.ROOT,
          "# pool of %d threads against Spark at %s; episodes of %d s simulated, decisions every"
              + " 1 s; %d rounds x %d iterations per engine after one warm-up run each%n",
          threads,
          master,
          episodeNanos / SimulationClock.SECOND,
          rounds,
          iterations);
      System.out.println(
          "| episodes | pool iteration, median [IQR] | Spark iteration, median [IQR] | overhead"
              + " (medians) | overhead (minima) | overhead per round, min..max | batch overhead"
              + " (medians) | pool episodes/s | Spark episodes/s | driver JVM CPU per iteration,"
              + " pool / Spark (medians) |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|");
      for (int batch : batches) {
        Timed pooled = new Timed(pool);
        Timed sparked = new Timed(spark);
        train(pooled, multiAgent, batch, "warm-up");
        train(sparked, multiAgent, batch, "warm-up");
        pooled.clear();
        sparked.clear();
        double[] roundOverheads = new double[rounds];
        for (int round = 0; round < rounds; round++) {
          // ABBA order: neither engine always runs first after the other's cache damage
          boolean poolFirst = round % 2 == 0;
          int poolFrom = pooled.iterations.size();
          int sparkFrom = sparked.iterations.size();
          double[] first = train(poolFirst ? pooled : sparked, multiAgent, batch, "r" + round);
          double[] second = train(poolFirst ? sparked : pooled, multiAgent, batch, "r" + round);
          if (!Arrays.equals(first, second)) {
            System.err.printf(
                "EngineOverhead: the engines trained differently at %d episodes: %s against %s%n",
                batch, Arrays.toString(first), Arrays.toString(second));
            return 1;
          }
          roundOverheads[round] =
              mean(sparked.iterations.subList(sparkFrom, sparked.iterations.size()))
                      / mean(pooled.iterations.subList(poolFrom, pooled.iterations.size()))
                  - 1;
        }
        pooled.print("local", batch);
        sparked.print(SPARK, batch);
        Arrays.sort(roundOverheads);
        double poolMedian = quantile(pooled.iterations, 0.5);
        double sparkMedian = quantile(sparked.iterations, 0.5);
        System.out.printf(
            Locale.ROOT,
            "| %d | %s | %s | %+.1f %% | %+.1f %% | %+.1f..%+.1f %% | %+.1f %% | %.0f | %.0f |"
                + " %.3f s / %.3f s |%n",
            batch,
            spread(pooled.iterations),
            spread(sparked.iterations),
            100 * (sparkMedian / poolMedian - 1),
            100 * (quantile(sparked.iterations, 0) / quantile(pooled.iterations, 0) - 1),
            100 * roundOverheads[0],
            100 * roundOverheads[rounds - 1],
            100 * (quantile(sparked.batches, 0.5) / quantile(pooled.batches, 0.5) - 1),
            batch / poolMedian,
            batch / sparkMedian,
            quantile(pooled.cpu, 0.5),
            quantile(sparked.cpu, 0.5));
      }
    }
    return 0;
  }

  /** Trains {@code iterations} iterations of {@code batch} episodes; the mean reward of each. */
  private double[] train(Timed engine, MultiAgentMetrics metrics, int batch, String name)
      throws TrainingFailedException {
    TrainerSettings settings =
        new TrainerSettings(
            "bench-" + batch + "-" + name,
            CoordinationType.HIERARCHICAL,
            iterations,
            batch,
            1,
            0,
            episodeNanos,
            SimulationClock.SECOND,
            PpoConfig.builder().build());
    TrainingResult result =
        new Trainer(
                settings, metrics.coordination(settings.coordination().label()), Optional.empty())
            .run(engine, Optional.empty(), engine.listener());
    return result.meanRewardPerIteration();
  }

  private static String spread(List<Double> seconds) {
    return String.format(
        Locale.ROOT,
        "%.3f s [%.3f..%.3f], min %.3f",
        quantile(seconds, 0.5),
        quantile(seconds, 0.25),
        quantile(seconds, 0.75),
        quantile(seconds, 0));
  }

  /** The {@code q} quantile, linear between the order statistics. */
  private static double quantile(List<Double> values, double q) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  /**
   * An engine whose batches are timed, and a listener that times the iterations around them (from
   * the end of the previous iteration, so the update and the bookkeeping count too).
   */
  private static final class Timed implements EpisodeEngine {
    private final EpisodeEngine engine;
    private final List<Double> batches = new ArrayList<>();
    private final List<Double> iterations = new ArrayList<>();
    private final List<Double> cpu = new ArrayList<>();
    private long lastNanos;
    private long lastCpuNanos;

    Timed(EpisodeEngine engine) {
      this.engine = engine;
    }

    @Override
    public <S, T> List<EpisodePool.Outcome<T>> runAll(S shared, int count, EpisodeTask<S, T> task)
        throws InterruptedException {
      long start = System.nanoTime();
      List<EpisodePool.Outcome<T>> outcomes = engine.runAll(shared, count, task);
      batches.add((System.nanoTime() - start) / 1e9);
      return outcomes;
    }

    TrainingListener listener() {
      return new TrainingListener() {
        @Override
        public void started(int firstIteration, int lastIteration) {
          lastNanos = System.nanoTime();
          lastCpuNanos = PROCESS.getProcessCpuTime();
        }

        @Override
        public void iterationFinished(IterationSummary iteration) {
          long now = System.nanoTime();
          long cpuNow = PROCESS.getProcessCpuTime();
          iterations.add((now - lastNanos) / 1e9);
          cpu.add((cpuNow - lastCpuNanos) / 1e9);
          lastNanos = now;
          lastCpuNanos = cpuNow;
        }
      };
    }

    void clear() {
      batches.clear();
      iterations.clear();
      cpu.clear();
    }

    void print(String name, int batch) {
      for (int i = 0; i < iterations.size(); i++) {
        System.out.printf(
            Locale.ROOT,
            "sample %s %d iteration %.4f batch %.4f cpu %.4f%n",
            name,
            batch,
            iterations.get(i),
            batches.get(i),
            cpu.get(i));
      }
    }

    @Override
    public void close() {
      // the engine is the driver's to close
    }
  }

  /** The default team on the default market, built where the episodes run. */
  private record DefaultTeam() implements EpisodeEnvironment {
    @Override
    public TeamEpisodeRunner runner(
        MultiAgentMetrics multiAgent, SpecializedAgentMetrics specialized) {
      return new TeamEnvironment(
          MarketConfig.defaultMarket(), TeamConfig.defaults(), multiAgent, specialized);
    }
  }
}
