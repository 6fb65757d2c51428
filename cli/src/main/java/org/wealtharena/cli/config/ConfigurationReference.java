package org.wealtharena.cli.config;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes docs/configuration.md, the reference of every key of a training config file: its meaning,
 * kind and default. The keys are {@link PartialTrainingConfig}'s components (the names Jackson
 * binds the file by), the defaults those of {@link TrainingConfig#DEFAULTS} (PPO's from {@code
 * PpoConfig}), so neither can drift from the code; the meanings are here, and a key without one (or
 * a meaning without a key) stops the generation. ConfigurationReferenceTest fails when the file is
 * out of date.
 *
 * <p>Run: {@code java -cp cli/target/wealtharena.jar
 * org.wealtharena.cli.config.ConfigurationReference docs/configuration.md}
 */
public final class ConfigurationReference {

  /** Where the generated reference lives, from the repository root. */
  public static final String FILE = "docs/configuration.md";

  static final String COMMAND =
      "java -cp cli/target/wealtharena.jar " + ConfigurationReference.class.getName() + " " + FILE;

  /** What each key means, by dotted path. */
  private static final Map<String, String> MEANINGS =
      Map.ofEntries(
          Map.entry(
              "coordination",
              "how the agents are coordinated: hierarchical, centralized or decentralized"),
          Map.entry("iterations", "training iterations to run (`--iterations`)"),
          Map.entry("episodesPerIteration", "episodes collected per iteration, run in parallel"),
          Map.entry(
              "threads",
              "worker threads (`--threads`); results do not depend on them. Default: the number of"
                  + " processors"),
          Map.entry("seed", "master seed of every random stream (`--seed`)"),
          Map.entry(
              "episodeDuration",
              "simulated length of one episode, a duration like 30m, 90s, 1.5h or 250ms"),
          Map.entry(
              "decisionStep",
              "simulated time between two decisions of the agents; at most episodeDuration"),
          Map.entry(
              "evaluationEpisodes",
              "held-out episodes per policy when evaluating, >= 2; compare's default is "
                  + TrainingConfig.DEFAULT_COMPARE_EVALUATION_EPISODES
                  + " per run"),
          Map.entry("checkpointEvery", "iterations between two checkpoints"),
          Map.entry("keepCheckpoints", "newest checkpoints kept on disk"),
          Map.entry("ppo", "learning settings (PPO)"),
          Map.entry("ppo.learningRate", "Adam learning rate, positive"),
          Map.entry("ppo.clipRange", "PPO ratio clip epsilon, positive"),
          Map.entry("ppo.epochs", "passes over the rollout per update"),
          Map.entry(
              "ppo.minibatchSize",
              "steps per gradient step (the last minibatch of an epoch may be smaller)"),
          Map.entry("ppo.gamma", "discount factor, in [0, 1]"),
          Map.entry("ppo.gaeLambda", "GAE lambda, in [0, 1]"),
          Map.entry("ppo.entropyCoefficient", "weight of the entropy bonus, >= 0"),
          Map.entry(
              "ppo.hiddenSizes",
              "hidden layer widths of the policy and of the value network alike; [] for none"
                  + " (linear networks)"),
          Map.entry(
              "ppo.valueClipRange",
              "how far a value prediction may move from its rollout-time estimate before the"
                  + " clipped value loss takes over (CleanRL's clip_vloss), >= 0; 0: unclipped"),
          Map.entry(
              "ppo.normalizeMinibatchAdvantages",
              "standardise advantages within each minibatch as well as over the rollout, as"
                  + " CleanRL does"),
          Map.entry(
              "ppo.annealLearningRate",
              "lower the learning rate linearly from learningRate at the first iteration towards 0"
                  + " after the last, as CleanRL does"),
          Map.entry(
              "ppo.normalizeObservations",
              "standardise every observation feature by the running mean and standard deviation"
                  + " of those learned from (clipped to +-10), as CleanRL's continuous-action PPO"
                  + " does"),
          Map.entry("market", "what market to train on"),
          Map.entry(
              "market.symbols", "symbols of the embedded market to trade; empty: all of them"),
          Map.entry(
              "market.csv",
              "bar file, or directory of one file per symbol, replayed as the fundamental paths"
                  + " (see docs/market.md). Default: none"),
          Map.entry(
              "market.from",
              "first date of the replayed bars, YYYY-MM-DD (with csv; not in the checkpoint's"
                  + " settings, so a later period can evaluate an earlier one's policy). Default:"
                  + " the data's first"),
          Map.entry(
              "market.to",
              "last date of the replayed bars, YYYY-MM-DD (with csv; as from). Default: the"
                  + " data's last"),
          Map.entry(
              "market.arbitrageAdvantage",
              "how much later than an agent's order the background arbitrageurs' orders reach"
                  + " the venues: 0 or a duration like 1s (see docs/market.md)"));

  private ConfigurationReference() {}

  /** The reference as Markdown. */
  public static String markdown() {
    StringBuilder text =
        new StringBuilder(
            """
            # Training configuration

            Generated from the code by `ConfigurationReference`; do not edit, run
            `%s` after `mvn -B -q package -DskipTests`.

            `train`, `evaluate` and `compare` read these keys from the YAML file given with
            `--config`; an option on the command line overrides the file, the file the default.
            An unknown key, a duplicate key or a value of the wrong kind is an error naming the
            key and its line.

            | Key | Kind | Default | Meaning |
            |---|---|---|---|
            """
                .formatted(COMMAND));
    Set<String> described = new LinkedHashSet<>();
    rows(PartialTrainingConfig.class, TrainingConfig.DEFAULTS, "", text, described);
    Set<String> unused = new LinkedHashSet<>(MEANINGS.keySet());
    unused.removeAll(described);
    if (!unused.isEmpty()) {
      throw new IllegalStateException("meanings of keys that do not exist: " + unused);
    }
    return text.toString();
  }

  private static void rows(
      Class<? extends Record> section,
      Record defaults,
      String prefix,
      StringBuilder text,
      Set<String> described) {
    for (RecordComponent component : section.getRecordComponents()) {
      String key = prefix + component.getName();
      String meaning = MEANINGS.get(key);
      if (meaning == null) {
        throw new IllegalStateException(
            "key " + key + " has no meaning in " + ConfigurationReference.class.getSimpleName());
      }
      described.add(key);
      Object value = defaults == null ? null : read(component, defaults);
      if (component.getType().isRecord()) {
        text.append("| `").append(key).append("` | section | | ").append(meaning).append(" |\n");
        @SuppressWarnings("unchecked")
        Class<? extends Record> child = (Class<? extends Record>) component.getType();
        rows(child, (Record) value, key + ".", text, described);
      } else {
        text.append("| `")
            .append(key)
            .append("` | ")
            .append(kind(component.getGenericType()))
            .append(" | ")
            .append(value == null ? "" : "`" + shown(value) + "`")
            .append(" | ")
            .append(meaning)
            .append(" |\n");
      }
    }
  }

  private static String kind(Type type) {
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      return "list of " + kind(list.getActualTypeArguments()[0]) + "s";
    }
    if (type == Integer.class || type == Long.class) {
      return "whole number";
    }
    if (type == Double.class) {
      return "number";
    }
    if (type == Boolean.class) {
      return "true or false";
    }
    return "text";
  }

  private static String shown(Object value) {
    return value instanceof List<?> list && list.isEmpty() ? "[]" : String.valueOf(value);
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("a record's own accessors are always readable", e);
    }
  }

  /** Writes the reference to the file given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: " + COMMAND);
      System.exit(2);
    }
    Files.writeString(Path.of(args[0]), markdown());
  }
}
