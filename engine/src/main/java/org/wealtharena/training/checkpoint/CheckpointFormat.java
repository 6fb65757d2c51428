package org.wealtharena.training.checkpoint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import org.wealtharena.training.ppo.ObservationStatistics;
import org.wealtharena.training.ppo.PpoSnapshot;
import org.wealtharena.training.ppo.optim.AdamState;

/**
 * The binary checkpoint layout, big-endian:
 *
 * <pre>
 * magic "WACK" (4 bytes) | format version (int) | payload length (int) | payload | CRC32C (int)
 * </pre>
 *
 * The CRC32C covers every byte before it, header included, so any single flipped bit anywhere in
 * the file is detected (CRC32C catches all 1- and 2-bit errors at these lengths). The payload holds
 * run id, coordination, settings fingerprint, the settings by path (from version 2 on), iteration,
 * random state, the PPO snapshots (with their observation statistics from version 3 on) and the
 * metric history, maps in name order. Version 1 files, which stored the fingerprint alone, and
 * version 2 files are still read. Doubles are stored as raw IEEE-754 bits so a round trip is
 * bit-identical, NaN payloads included.
 */
public final class CheckpointFormat {

  /** "WACK": WealthArena ChecKpoint. */
  public static final int MAGIC = 0x5741434B;

  public static final int VERSION = 3;

  /** The last version without the settings' values: read, their settings known by fingerprint. */
  static final int FINGERPRINT_ONLY_VERSION = 1;

  /** The last version without observation statistics: read, as agents that had none. */
  static final int WITHOUT_OBSERVATION_STATISTICS_VERSION = 2;

  static final int HEADER_BYTES = 12;
  static final int TRAILER_BYTES = 4;

  private CheckpointFormat() {}

  public static byte[] encode(Checkpoint checkpoint) {
    return encode(checkpoint, VERSION);
  }

  /**
   * {@code checkpoint} in the layout of format {@code version}, one this build reads: what an older
   * build wrote, for the tests of reading it (fields the version lacks are left out).
   */
  static byte[] encode(Checkpoint checkpoint, int version) {
    if (version < FINGERPRINT_ONLY_VERSION || version > VERSION) {
      throw new IllegalArgumentException("no format version " + version);
    }
    byte[] payload = encodePayload(checkpoint, version);
    ByteBuffer file = ByteBuffer.allocate(HEADER_BYTES + payload.length + TRAILER_BYTES);
    file.putInt(MAGIC).putInt(version).putInt(payload.length).put(payload);
    CRC32C crc = new CRC32C();
    crc.update(file.array(), 0, file.position());
    file.putInt((int) crc.getValue());
    return file.array();
  }

  /**
   * The checkpoint in {@code bytes}, read from {@code source} (named in error messages).
   *
   * @throws CorruptCheckpointException if the bytes are not one intact checkpoint of this version
   */
  public static Checkpoint decode(byte[] bytes, Path source) throws CorruptCheckpointException {
    int minimum = HEADER_BYTES + TRAILER_BYTES;
    if (bytes.length < minimum) {
      throw new CorruptCheckpointException(
          source,
          "is truncated: "
              + bytes.length
              + " bytes, shorter than the "
              + minimum
              + "-byte header and checksum");
    }
    ByteBuffer file = ByteBuffer.wrap(bytes);
    int magic = file.getInt();
    if (magic != MAGIC) {
      throw new CorruptCheckpointException(
          source,
          String.format(
              "is not a WealthArena checkpoint: magic 0x%08X, expected 0x%08X", magic, MAGIC));
    }
    int version = file.getInt();
    if (version < FINGERPRINT_ONLY_VERSION || version > VERSION) {
      throw new CorruptCheckpointException(
          source,
          "has format version "
              + version
              + ", this build reads versions "
              + FINGERPRINT_ONLY_VERSION
              + " to "
              + VERSION);
    }
    long declaredLength = Integer.toUnsignedLong(file.getInt());
    long actualLength = bytes.length - (long) minimum;
    if (declaredLength != actualLength) {
      throw new CorruptCheckpointException(
          source,
          (declaredLength > actualLength ? "is truncated" : "is corrupt")
              + ": header announces "
              + declaredLength
              + " payload bytes, file holds "
              + actualLength);
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - TRAILER_BYTES);
    int stored = file.getInt(bytes.length - TRAILER_BYTES);
    if (stored != (int) crc.getValue()) {
      throw new CorruptCheckpointException(
          source,
          String.format(
              "is corrupt: CRC32C 0x%08X stored, 0x%08X computed", stored, (int) crc.getValue()));
    }
    try {
      return decodePayload(
          new DataInputStream(new ByteArrayInputStream(bytes, HEADER_BYTES, (int) declaredLength)),
          version);
    } catch (IOException | IllegalArgumentException e) {
      // the checksum matched, so this is a writer bug rather than damage; still refuse the file
      throw new CorruptCheckpointException(source, "has an unreadable payload: " + e.getMessage());
    }
  }

  private static byte[] encodePayload(Checkpoint checkpoint, int version) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeUTF(checkpoint.runId());
      out.writeUTF(checkpoint.coordination());
      out.writeUTF(checkpoint.settings().fingerprint());
      if (version > FINGERPRINT_ONLY_VERSION) {
        out.writeInt(checkpoint.settings().values().size());
        for (Map.Entry<String, String> setting : checkpoint.settings().values().entrySet()) {
          out.writeUTF(setting.getKey());
          out.writeUTF(setting.getValue());
        }
      }
      out.writeInt(checkpoint.iteration());
      out.writeLong(checkpoint.randomness().seed());
      out.writeLong(checkpoint.randomness().episodesCompleted());
      out.writeInt(checkpoint.policies().size());
      for (Map.Entry<String, PpoSnapshot> policy : checkpoint.policies().entrySet()) {
        PpoSnapshot snapshot = policy.getValue();
        out.writeUTF(policy.getKey());
        out.writeLong(snapshot.seed());
        out.writeLong(snapshot.updateCount());
        out.writeLong(snapshot.optimizer().step());
        writeDoubles(out, snapshot.parameters());
        writeDoubles(out, snapshot.optimizer().firstMoment());
        writeDoubles(out, snapshot.optimizer().secondMoment());
        if (version > WITHOUT_OBSERVATION_STATISTICS_VERSION) {
          out.writeLong(snapshot.observations().count());
          writeDoubles(out, snapshot.observations().mean());
          writeDoubles(out, snapshot.observations().m2());
        }
      }
      out.writeInt(checkpoint.history().size());
      for (Map.Entry<String, double[]> series : checkpoint.history().entrySet()) {
        out.writeUTF(series.getKey());
        writeDoubles(out, series.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode checkpoint", e);
    }
    return buffer.toByteArray();
  }

  private static Checkpoint decodePayload(DataInputStream in, int version) throws IOException {
    String runId = in.readUTF();
    String coordination = in.readUTF();
    String fingerprint = in.readUTF();
    Map<String, String> settings = new LinkedHashMap<>();
    if (version > FINGERPRINT_ONLY_VERSION) {
      int settingCount = in.readInt();
      for (int i = 0; i < settingCount; i++) {
        settings.put(in.readUTF(), in.readUTF());
      }
    }
    int iteration = in.readInt();
    RunRandomState randomness = new RunRandomState(in.readLong(), in.readLong());
    int policyCount = in.readInt();
    Map<String, PpoSnapshot> policies = new LinkedHashMap<>();
    for (int i = 0; i < policyCount; i++) {
      String name = in.readUTF();
      long seed = in.readLong();
      long updateCount = in.readLong();
      long adamStep = in.readLong();
      double[] parameters = readDoubles(in);
      AdamState adam = new AdamState(adamStep, readDoubles(in), readDoubles(in));
      ObservationStatistics observations =
          version > WITHOUT_OBSERVATION_STATISTICS_VERSION
              ? new ObservationStatistics(in.readLong(), readDoubles(in), readDoubles(in))
              : ObservationStatistics.none();
      policies.put(name, new PpoSnapshot(parameters, adam, updateCount, seed, observations));
    }
    int seriesCount = in.readInt();
    Map<String, double[]> history = new LinkedHashMap<>();
    for (int i = 0; i < seriesCount; i++) {
      history.put(in.readUTF(), readDoubles(in));
    }
    if (in.available() > 0) {
      throw new IOException(in.available() + " bytes left after the last field");
    }
    return new Checkpoint(
        runId,
        coordination,
        new ResolvedSettings(fingerprint, settings),
        iteration,
        policies,
        randomness,
        history);
  }

  private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    out.writeInt(values.length);
    for (double value : values) {
      // writeDouble would collapse NaN payloads to the canonical NaN
      out.writeLong(Double.doubleToRawLongBits(value));
    }
  }

  private static double[] readDoubles(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || (long) length * Double.BYTES > in.available()) {
      throw new EOFException(
          "array of "
              + length
              + " doubles does not fit the remaining "
              + in.available()
              + " bytes");
    }
    double[] values = new double[length];
    for (int i = 0; i < length; i++) {
      values[i] = Double.longBitsToDouble(in.readLong());
    }
    return values;
  }
}
