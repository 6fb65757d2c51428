package org.wealtharena.training.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealtharena.training.checkpoint.SampleCheckpoints.assertBitIdentical;
import static org.wealtharena.training.checkpoint.SampleCheckpoints.sample;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wealtharena.training.ppo.ObservationStatistics;
import org.wealtharena.training.ppo.PpoSnapshot;
import org.wealtharena.training.ppo.optim.AdamState;

class CheckpointFormatTest {

  private static final Path SOURCE = Path.of("runs", "checkpoint-000005.bin");

  @Test
  void roundTripIsBitIdenticalIncludingSpecialDoubles() throws Exception {
    double[] special = {
      Double.longBitsToDouble(0x7ff8_dead_beef_0001L),
      -0.0,
      Double.MIN_VALUE,
      Double.NEGATIVE_INFINITY,
      Double.MAX_VALUE
    };
    PpoSnapshot odd =
        new PpoSnapshot(
            special, new AdamState(3, special, special), 2, -1, ObservationStatistics.none());
    Checkpoint original =
        new Checkpoint(
            "run-ü",
            "decentralized",
            new ResolvedSettings("abc", Map.of("market.csv", "/données/bars.csv")),
            5,
            Map.of("learner-0", odd, "learner-1", sample(1, 3).policies().get("market-maker")),
            new RunRandomState(Long.MIN_VALUE, Long.MAX_VALUE),
            Map.of("meanReward", special, "empty", new double[0]));

    byte[] bytes = CheckpointFormat.encode(original);
    Checkpoint decoded = CheckpointFormat.decode(bytes, SOURCE);

    assertBitIdentical(decoded, original);
    assertThat(CheckpointFormat.encode(decoded)).isEqualTo(bytes);
  }

  @Test
  void encodingDoesNotDependOnMapOrder() {
    Checkpoint checkpoint = sample(4, 10);
    Checkpoint reordered =
        new Checkpoint(
            checkpoint.runId(),
            checkpoint.coordination(),
            checkpoint.settings(),
            checkpoint.iteration(),
            new LinkedHashMap<>(
                Map.of(
                    "market-maker",
                    checkpoint.policies().get("market-maker"),
                    "meta-controller",
                    checkpoint.policies().get("meta-controller"))),
            checkpoint.randomness(),
            checkpoint.history());
    assertThat(CheckpointFormat.encode(reordered)).isEqualTo(CheckpointFormat.encode(checkpoint));
  }

  @ParameterizedTest(name = "{0} of the bytes kept")
  @ValueSource(strings = {"none", "header only", "header and checksum size", "half", "all but one"})
  void truncatedFilesAreRefused(String howMuch) {
    byte[] bytes = CheckpointFormat.encode(sample(3, 20));
    int length =
        switch (howMuch) {
          case "none" -> 0;
          case "header only" -> CheckpointFormat.HEADER_BYTES;
          case "header and checksum size" ->
              CheckpointFormat.HEADER_BYTES + CheckpointFormat.TRAILER_BYTES;
          case "half" -> bytes.length / 2;
          default -> bytes.length - 1;
        };
    byte[] truncated = Arrays.copyOf(bytes, length);

    assertThatThrownBy(() -> CheckpointFormat.decode(truncated, SOURCE))
        .isInstanceOf(CorruptCheckpointException.class)
        .hasMessageStartingWith("checkpoint " + SOURCE + " is truncated");
  }

  @Test
  void everySingleBitFlipIsRefused() {
    byte[] bytes = CheckpointFormat.encode(sample(2, 4));
    for (int bit = 0; bit < bytes.length * 8; bit++) {
      byte[] flipped = bytes.clone();
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      int flippedBit = bit;
      assertThatThrownBy(() -> CheckpointFormat.decode(flipped, SOURCE))
          .as("bit %d of %d", flippedBit, bytes.length * 8)
          .isInstanceOf(CorruptCheckpointException.class)
          .hasMessageContaining(SOURCE.toString());
    }
  }

  @Test
  void aFlippedPayloadBitIsReportedAsAChecksumMismatch() {
    byte[] bytes = CheckpointFormat.encode(sample(2, 4));
    bytes[CheckpointFormat.HEADER_BYTES + 7] ^= 0x10;
    assertThatThrownBy(() -> CheckpointFormat.decode(bytes, SOURCE))
        .hasMessageMatching(
            "checkpoint .* is corrupt: CRC32C 0x[0-9A-F]{8} stored, 0x[0-9A-F]{8} computed");
  }

  @Test
  void otherFilesAreRefusedForTheirMagic() {
    byte[] text = "Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,3,4,5\n".getBytes();
    assertThatThrownBy(() -> CheckpointFormat.decode(text, SOURCE))
        .isInstanceOf(CorruptCheckpointException.class)
        .hasMessage(
            "checkpoint "
                + SOURCE
                + " is not a WealthArena checkpoint: magic 0x44617465, expected 0x5741434B");
  }

  @Test
  void anotherFormatVersionIsRefusedByNumber() {
    byte[] bytes = CheckpointFormat.encode(sample(2, 4));
    ByteBuffer.wrap(bytes).putInt(4, 4);
    assertThatThrownBy(() -> CheckpointFormat.decode(bytes, SOURCE))
        .isInstanceOf(CorruptCheckpointException.class)
        .hasMessage(
            "checkpoint " + SOURCE + " has format version 4, this build reads versions 1 to 3");
  }

  @Test
  void trailingBytesAreRefused() {
    byte[] bytes = CheckpointFormat.encode(sample(2, 4));
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
    assertThatThrownBy(() -> CheckpointFormat.decode(longer, SOURCE))
        .isInstanceOf(CorruptCheckpointException.class)
        .hasMessageContaining("is corrupt: header announces");
  }
}
