package org.wealtharena.training.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealtharena.training.checkpoint.SampleCheckpoints.KEY;
import static org.wealtharena.training.checkpoint.SampleCheckpoints.assertBitIdentical;
import static org.wealtharena.training.checkpoint.SampleCheckpoints.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

  @TempDir Path directory;

  @Test
  void savedCheckpointsReadBackAndOnlyTheNewestAreKept() throws IOException {
    CheckpointStore store = new CheckpointStore(directory.resolve("checkpoints"), 3);
    for (int iteration = 10; iteration <= 50; iteration += 10) {
      store.save(sample(iteration, 16));
    }

    assertThat(store.files())
        .extracting(path -> path.getFileName().toString())
        .containsExactly("checkpoint-000050.bin", "checkpoint-000040.bin", "checkpoint-000030.bin");
    assertBitIdentical(store.latestValid(KEY).orElseThrow(), sample(50, 16));
    assertBitIdentical(CheckpointStore.read(store.fileFor(30)), sample(30, 16));
  }

  @Test
  void anEmptyOrMissingDirectoryHasNoCheckpoint() throws IOException {
    assertThat(new CheckpointStore(directory.resolve("absent"), 2).latestValid(KEY)).isEmpty();
    assertThat(new CheckpointStore(directory, 2).latestValid(KEY)).isEmpty();
  }

  @Test
  void corruptNewerFilesAreSkipped() throws IOException {
    CheckpointStore store = new CheckpointStore(directory, 5);
    store.save(sample(1, 8));
    store.save(sample(2, 8));
    store.save(sample(3, 8));
    truncateToHalf(store.fileFor(3));
    flipOneBit(store.fileFor(2));

    assertThat(store.latestValid(KEY)).get().extracting(Checkpoint::iteration).isEqualTo(1);
  }

  @Test
  void savingAfterResumingFromAnOlderCheckpointDropsTheUnusableNewerOnes() throws IOException {
    CheckpointStore store = new CheckpointStore(directory, 2);
    store.save(sample(1, 8));
    store.save(sample(2, 8));
    truncateToHalf(store.fileFor(2));
    int resumedFrom = store.latestValid(KEY).orElseThrow().iteration();

    store.save(sample(resumedFrom + 1, 8));

    assertThat(store.files()).containsExactly(store.fileFor(2), store.fileFor(1));
    assertThat(store.latestValid(KEY)).get().extracting(Checkpoint::iteration).isEqualTo(2);
    assertThat(CheckpointStore.read(store.fileFor(2)).iteration()).isEqualTo(2);
  }

  @Test
  void aWriteThatNeverRenamedLeavesThePreviousCheckpointLatestAndIsCleanedUp() throws IOException {
    CheckpointStore store = new CheckpointStore(directory, 3);
    store.save(sample(1, 8));
    // what a crash between "write temp file" and "rename" leaves behind
    byte[] next = CheckpointFormat.encode(sample(2, 8));
    Path leftover = directory.resolve("checkpoint-000002.bin.8731523" + AtomicFiles.TEMP_SUFFIX);
    Files.write(leftover, Arrays.copyOf(next, next.length / 3));

    assertThat(store.files()).containsExactly(store.fileFor(1));
    assertThat(store.latestValid(KEY)).get().extracting(Checkpoint::iteration).isEqualTo(1);

    store.save(sample(2, 8));
    assertThat(leftover).doesNotExist();
    try (var entries = Files.list(directory)) {
      assertThat(entries).containsExactlyInAnyOrder(store.fileFor(1), store.fileFor(2));
    }
  }

  @Test
  void aCheckpointOfOtherSettingsIsRefusedNamingEachSettingThatDiffersWithBothValues()
      throws IOException {
    CheckpointStore store = new CheckpointStore(directory, 3);
    Path file = store.save(sample(4, 8));
    CheckpointKey otherSettings =
        new CheckpointKey("hierarchical", SampleCheckpoints.settings("0ther", "5", "1.0E-3"));

    assertThatThrownBy(() -> store.latestValid(otherSettings))
        .isInstanceOf(IncompatibleCheckpointException.class)
        .hasMessage(
            "checkpoint "
                + file
                + " was written with seed 3, this run has seed 5;"
                + " ppo.optimizer.learningRate 3.0E-4 vs 1.0E-3;"
                + " resume with the same settings or use a new directory");
  }

  @Test
  void aSettingOnlyOneSideHasIsNamedAsAbsentOnTheOther() throws IOException {
    CheckpointStore store = new CheckpointStore(directory, 3);
    Path file = store.save(sample(4, 8));
    Map<String, String> withANewSetting = new LinkedHashMap<>(SampleCheckpoints.SETTINGS.values());
    withANewSetting.put("market.arbitrageAdvantage", "PT1S");
    CheckpointKey newer =
        new CheckpointKey("hierarchical", new ResolvedSettings("n3wer", withANewSetting));

    assertThatThrownBy(() -> CheckpointStore.read(file, newer))
        .hasMessageContaining(
            " was written with market.arbitrageAdvantage (absent), this run has"
                + " market.arbitrageAdvantage PT1S;");
  }

  @Test
  void aFormatVersion1CheckpointIsReadAndRefusedByFingerprintWhenItsSettingsDiffer()
      throws IOException {
    Checkpoint checkpoint = sample(4, 8);
    Path file = directory.resolve("checkpoint-000004.bin");
    Files.createDirectories(directory);
    Files.write(file, CheckpointFormat.encode(checkpoint, 1));

    Checkpoint read = CheckpointStore.read(file, KEY);
    assertThat(read.settings())
        .isEqualTo(ResolvedSettings.unrecorded(KEY.settings().fingerprint()));
    assertThat(read.iteration()).isEqualTo(4);
    assertThatThrownBy(
            () ->
                CheckpointStore.read(
                    file,
                    new CheckpointKey(
                        "hierarchical", SampleCheckpoints.settings("0ther", "5", "1.0E-3"))))
        .isInstanceOf(IncompatibleCheckpointException.class)
        .hasMessage(
            "checkpoint "
                + file
                + " was written with other training settings (recorded by fingerprint only:"
                + " f1ng3rpr1nt, this run has 0ther); resume with the same settings or use a new"
                + " directory");
  }

  @Test
  void aFormatVersion2CheckpointIsReadAsAgentsWithoutObservationStatistics() throws IOException {
    Checkpoint checkpoint = sample(4, 8);
    Path file = directory.resolve("checkpoint-000004.bin");
    Files.createDirectories(directory);
    Files.write(file, CheckpointFormat.encode(checkpoint, 2));

    Checkpoint read = CheckpointStore.read(file, KEY);
    assertThat(read.settings()).isEqualTo(checkpoint.settings());
    assertThat(read.policies().keySet()).containsExactlyElementsOf(checkpoint.policies().keySet());
    read.policies()
        .forEach(
            (name, snapshot) -> {
              assertThat(snapshot.observations().count()).isZero();
              assertThat(snapshot.observations().mean()).isEmpty();
              assertThat(snapshot.parameters())
                  .containsExactly(checkpoint.policies().get(name).parameters());
            });
  }

  @Test
  void aCheckpointOfAnotherCoordinationTypeIsRefused() throws IOException {
    CheckpointStore store = new CheckpointStore(directory, 3);
    Path file = store.save(sample(4, 8));

    assertThatThrownBy(
            () -> CheckpointStore.read(file, new CheckpointKey("centralized", KEY.settings())))
        .isInstanceOf(IncompatibleCheckpointException.class)
        .hasMessage(
            "checkpoint " + file + " was written by a hierarchical run, this run is centralized");
  }

  @Test
  void readingACorruptFileNamesIt() throws IOException {
    CheckpointStore store = new CheckpointStore(directory, 3);
    Path file = store.save(sample(4, 8));
    flipOneBit(file);

    assertThatThrownBy(() -> CheckpointStore.read(file, KEY))
        .isInstanceOf(CorruptCheckpointException.class)
        .hasMessageStartingWith("checkpoint " + file + " is corrupt: CRC32C");
  }

  private static void truncateToHalf(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
  }

  private static void flipOneBit(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x04;
    Files.write(file, bytes);
  }
}
