package org.wealtharena.training.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes files so that a crash at any moment leaves either the old content or the new, never a mix.
 */
public final class AtomicFiles {

  /**
   * Suffix of the temporary files a write goes through; leftovers mark a write that never finished.
   */
  public static final String TEMP_SUFFIX = ".tmp";

  /** How a temporary file is named: the target's name, a random number, then the suffix. */
  private static final Pattern TEMP_NAME =
      Pattern.compile(".+\\.\\d+" + Pattern.quote(TEMP_SUFFIX));

  private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

  private AtomicFiles() {}

  /**
   * Deletes the temporary files that writes into {@code directory} left when their process died
   * before the rename (a SIGKILL, a power loss); the targets themselves are untouched.
   */
  public static void deleteUnfinishedWrites(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path temp :
          entries
              .filter(path -> TEMP_NAME.matcher(path.getFileName().toString()).matches())
              .toList()) {
        LOG.info("deleting {}, left by a write that never finished", temp);
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Replaces {@code target} with {@code content}: writes a temporary file in the same directory (so
   * the rename stays on one file system), forces it to disk, renames it over the target atomically,
   * then forces the directory so the rename itself survives a power loss.
   */
  public static void write(Path target, byte[] content) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(directory, target.getFileName() + ".", TEMP_SUFFIX);
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
      forceDirectory(directory);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Flushes a directory's entries to disk. POSIX systems allow opening a directory for this; others
   * (Windows) refuse, and there the rename is as durable as the platform makes it.
   */
  static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException notSupportedHere) {
      // nothing more can be done on this platform
    }
  }
}
