package org.wealtharena.training.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of checkpoints named {@code checkpoint-000010.bin} after their iteration, keeping the
 * newest {@code keep} of them. Writes are atomic ({@link AtomicFiles}); reads refuse damaged or
 * foreign files with a {@link CheckpointException} naming the file and the problem.
 */
public final class CheckpointStore {

  private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);
  private static final Pattern CHECKPOINT_NAME = Pattern.compile("checkpoint-(\\d{6,9})\\.bin");

  private final Path directory;
  private final int keep;

  /**
   * @param directory where the checkpoints live; created when the first one is saved
   * @param keep how many of the newest checkpoints to keep, at least 1
   */
  public CheckpointStore(Path directory, int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep must be at least 1, got " + keep);
    }
    this.directory = directory;
    this.keep = keep;
  }

  public Path directory() {
    return directory;
  }

  /** The file of {@code iteration}; names sort by iteration up to 999,999,999. */
  public Path fileFor(int iteration) {
    if (iteration < 0 || iteration > 999_999_999) {
      throw new IllegalArgumentException("iteration must be in [0, 999999999], got " + iteration);
    }
    return directory.resolve(String.format("checkpoint-%06d.bin", iteration));
  }

  /**
   * Writes {@code checkpoint} atomically and prunes: afterwards the directory holds it and the
   * {@code keep - 1} newest older ones. Files of later iterations are removed too: a run only saves
   * iteration N after resuming from an earlier one when every later file was unusable. Temporary
   * files left by writes that never finished are deleted first.
   *
   * @return the checkpoint's file
   */
  public Path save(Checkpoint checkpoint) throws IOException {
    Files.createDirectories(directory);
    AtomicFiles.deleteUnfinishedWrites(directory);
    Path file = fileFor(checkpoint.iteration());
    AtomicFiles.write(file, CheckpointFormat.encode(checkpoint));
    List<Path> older = new ArrayList<>();
    for (Path existing : files()) {
      int iteration = iterationOf(existing);
      if (iteration > checkpoint.iteration()) {
        Files.deleteIfExists(existing);
      } else if (iteration < checkpoint.iteration()) {
        older.add(existing);
      }
    }
    for (Path stale : older.subList(Math.min(keep - 1, older.size()), older.size())) {
      Files.deleteIfExists(stale);
    }
    return file;
  }

  /** Checkpoint files in the directory, newest iteration first; none if it does not exist. */
  public List<Path> files() throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(path -> CHECKPOINT_NAME.matcher(path.getFileName().toString()).matches())
          .sorted(Comparator.comparingInt(CheckpointStore::iterationOf).reversed())
          .toList();
    }
  }

  /**
   * The newest checkpoint that reads back intact, skipping (with a warning) newer files that are
   * corrupt; empty if the directory holds no checkpoint file at all.
   *
   * @throws IncompatibleCheckpointException if that checkpoint belongs to another coordination type
   *     or configuration: resuming it would be wrong
   * @throws CheckpointException if there are checkpoint files but every one is corrupt; the message
   *     names each file and its problem
   */
  public Optional<Checkpoint> latestValid(CheckpointKey expected) throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files()) {
      try {
        return Optional.of(read(file, expected));
      } catch (CorruptCheckpointException e) {
        LOG.warn("skipping {}", e.getMessage());
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new CheckpointException(
          directory, "holds no intact checkpoint: " + String.join("; ", problems));
    }
    return Optional.empty();
  }

  /** Reads one checkpoint file, refusing it unless it is intact. */
  public static Checkpoint read(Path file) throws IOException {
    return CheckpointFormat.decode(Files.readAllBytes(file), file);
  }

  /** Reads one checkpoint file, refusing it unless it is intact and matches {@code expected}. */
  public static Checkpoint read(Path file, CheckpointKey expected) throws IOException {
    Checkpoint checkpoint = read(file);
    if (!checkpoint.coordination().equals(expected.coordination())) {
      throw new IncompatibleCheckpointException(
          file,
          "was written by a "
              + checkpoint.coordination()
              + " run, this run is "
              + expected.coordination());
    }
    if (!checkpoint.settings().matches(expected.settings())) {
      throw new IncompatibleCheckpointException(
          file,
          settingsProblem(checkpoint.settings(), expected.settings())
              + "; resume with the same settings or use a new directory");
    }
    return checkpoint;
  }

  /**
   * "was written with seed 3, this run has seed 5; ppo.gamma 0.99 vs 0.9": every setting that
   * differs, or the two fingerprints when the checkpoint recorded no settings.
   */
  private static String settingsProblem(ResolvedSettings written, ResolvedSettings run) {
    List<ResolvedSettings.Difference> differences = written.differencesFrom(run);
    if (differences.isEmpty()) {
      return "was written with other training settings ("
          + (written.values().isEmpty() ? "recorded by fingerprint only: " : "fingerprint ")
          + written.fingerprint()
          + ", this run has "
          + run.fingerprint()
          + ")";
    }
    ResolvedSettings.Difference first = differences.get(0);
    StringBuilder problem =
        new StringBuilder("was written with ")
            .append(first.path())
            .append(' ')
            .append(first.here())
            .append(", this run has ")
            .append(first.path())
            .append(' ')
            .append(first.run());
    for (ResolvedSettings.Difference other : differences.subList(1, differences.size())) {
      problem
          .append("; ")
          .append(other.path())
          .append(' ')
          .append(other.here())
          .append(" vs ")
          .append(other.run());
    }
    return problem.toString();
  }

  private static int iterationOf(Path file) {
    Matcher matcher = CHECKPOINT_NAME.matcher(file.getFileName().toString());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(file + " is not named like a checkpoint");
    }
    return Integer.parseInt(matcher.group(1));
  }
}
