package org.wealtharena.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.wealtharena.training.checkpoint.AtomicFiles;

/**
 * Where a training command writes its reports, held for the whole run: claiming a directory takes
 * an exclusive lock on its {@value #LOCK_FILE}, so a second run on the same directory is refused
 * instead of overwriting the first one's reports and checkpoints. Every report is written
 * atomically ({@link AtomicFiles}): a crash or a full disk leaves the previous report or none,
 * never a partial one; the temporary file of a write that a kill interrupted is deleted by the next
 * run that claims the directory.
 */
final class OutputDirectory implements AutoCloseable {

  /** The file whose lock marks a directory in use; it holds the pid of the run that holds it. */
  static final String LOCK_FILE = ".lock";

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
  private static final Path DEFAULT_ROOT = Path.of("wealtharena-output");
  private static final long HOLDER_WAIT_NANOS = TimeUnit.SECONDS.toNanos(2);
  private static final long HOLDER_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private final Path path;
  private final String runId;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private OutputDirectory(Path path, String runId, FileChannel lockChannel, FileLock lock) {
    this.path = path;
    this.runId = runId;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Claims {@code explicit}, or without it a new directory {@code wealtharena-output/<run id>}, and
   * locks it for this process until {@link #close()}.
   *
   * @param prefix what the run id starts with, e.g. the coordination type
   * @throws CliException (exit 2) if another run holds the directory, naming its pid
   */
  static OutputDirectory claim(Path explicit, String prefix) {
    return claim(explicit, DEFAULT_ROOT, runId(prefix));
  }

  /** {@link #claim(Path, String)} with the default directory's parent and the run id given. */
  static OutputDirectory claim(Path explicit, Path defaultRoot, String runId) {
    Path path = explicit != null ? explicit : createUnique(defaultRoot, runId);
    if (explicit == null) {
      runId = path.getFileName().toString();
    }
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new CliException("cannot create output directory " + path + ": " + e.getMessage(), e);
    }
    return lock(path, runId);
  }

  /**
   * A run id that names what ran and when, down to the millisecond, and which process ran it, e.g.
   * {@code hierarchical-20250301-141502-071-p4242}: two runs started in the same millisecond by
   * different processes get different ids.
   */
  static String runId(String prefix) {
    return prefix + "-" + LocalDateTime.now().format(STAMP) + "-p" + ProcessHandle.current().pid();
  }

  /** {@code root/name}, or {@code root/name-2}, {@code -3}, ... if taken: created atomically. */
  private static Path createUnique(Path root, String name) {
    try {
      Files.createDirectories(root);
      for (int n = 1; ; n++) {
        Path candidate = root.resolve(n == 1 ? name : name + "-" + n);
        try {
          return Files.createDirectory(candidate);
        } catch (FileAlreadyExistsException taken) {
          // another run of this process started in the same millisecond: try the next name
        }
      }
    } catch (IOException e) {
      throw new CliException(
          "cannot create an output directory in " + root + ": " + e.getMessage(), e);
    }
  }

  private static OutputDirectory lock(Path path, String runId) {
    Path lockFile = path.resolve(LOCK_FILE);
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              lockFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException heldInThisProcess) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new CliException(
            "output directory "
                + path
                + " is in use by another run (pid "
                + holder(lockFile)
                + "); wait for it to finish or choose another --output");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
      AtomicFiles.deleteUnfinishedWrites(path);
      return new OutputDirectory(path, runId, channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new CliException("cannot lock output directory " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * The pid in a lock file that another process holds. The holder writes it just after taking the
   * lock, so a run refused in that instant waits for it a little (and ignores a dead process's pid
   * left by a crash).
   */
  private static String holder(Path lockFile) throws IOException {
    long deadline = System.nanoTime() + HOLDER_WAIT_NANOS;
    do {
      String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
      if (text.matches("\\d{1,19}") && ProcessHandle.of(Long.parseLong(text)).isPresent()) {
        return text;
      }
      LockSupport.parkNanos(HOLDER_POLL_NANOS);
    } while (System.nanoTime() < deadline);
    return "unknown";
  }

  Path path() {
    return path;
  }

  /** The run id this directory was claimed for (its name when it is a default directory). */
  String runId() {
    return runId;
  }

  /** Writes {@code fileName} in the directory atomically; returns its path. */
  Path write(String fileName, String content) {
    return write(fileName, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code fileName} in the directory atomically; returns its path. */
  Path write(String fileName, byte[] content) {
    Path file = path.resolve(fileName);
    try {
      AtomicFiles.write(file, content);
    } catch (IOException e) {
      throw new CliException("cannot write " + file + ": " + e.getMessage(), 1, e);
    }
    return file;
  }

  /** Releases the lock; the lock file stays (deleting it would race with a run taking it). */
  @Override
  public void close() {
    try {
      lockChannel.truncate(0); // unlocked, the file names no holder
      lock.release();
    } catch (IOException ignored) {
      // closing the channel below releases it too
    }
    closeQuietly(lockChannel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing left to release
      }
    }
  }

  /** The values with NaN and infinities as null, JSON having neither. */
  static List<Double> finiteOrNull(double[] values) {
    return Arrays.stream(values).mapToObj(v -> Double.isFinite(v) ? v : null).toList();
  }
}
