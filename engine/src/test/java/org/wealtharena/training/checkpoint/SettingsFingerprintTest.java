package org.wealtharena.training.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsFingerprintTest {

  /** Stand-ins for a run's settings, before and after someone adds a setting. */
  record Inner(double rate, int[] sizes) {}

  record Settings(int threads, long seed, Duration step, Inner inner, List<String> symbols) {}

  record SettingsWithANewField(
      int threads, long seed, Duration step, Inner inner, List<String> symbols, boolean newFlag) {}

  record WithOptional(Optional<String> csv) {}

  private static final Set<String> THREADS = Set.of("threads");

  private static Settings settings() {
    return new Settings(
        4, 42, Duration.ofSeconds(1), new Inner(3e-4, new int[] {64, 64}), List.of("AAPL"));
  }

  @Test
  void aFieldAddedToTheSettingsChangesTheFingerprintWithoutAnyChangeToTheFingerprintCode() {
    Settings before = settings();
    for (boolean value : new boolean[] {false, true}) {
      SettingsWithANewField after =
          new SettingsWithANewField(
              before.threads(),
              before.seed(),
              before.step(),
              before.inner(),
              before.symbols(),
              value);
      assertThat(SettingsFingerprint.of(after, THREADS))
          .as("newFlag=" + value)
          .isNotEqualTo(SettingsFingerprint.of(before, THREADS));
    }
  }

  @Test
  void everyIncludedValueCountsDownToNestedRecordsArraysAndLists() {
    String base = SettingsFingerprint.of(settings(), THREADS);
    List<Settings> changed =
        List.of(
            new Settings(4, 43, Duration.ofSeconds(1), settings().inner(), List.of("AAPL")),
            new Settings(4, 42, Duration.ofMillis(999), settings().inner(), List.of("AAPL")),
            new Settings(
                4, 42, Duration.ofSeconds(1), new Inner(3e-3, new int[] {64, 64}), List.of("AAPL")),
            new Settings(
                4, 42, Duration.ofSeconds(1), new Inner(3e-4, new int[] {64}), List.of("AAPL")),
            new Settings(4, 42, Duration.ofSeconds(1), settings().inner(), List.of("MSFT")),
            new Settings(4, 42, Duration.ofSeconds(1), settings().inner(), List.of()));
    for (Settings other : changed) {
      assertThat(SettingsFingerprint.of(other, THREADS)).as(other.toString()).isNotEqualTo(base);
    }
    assertThat(SettingsFingerprint.of(settings(), THREADS)).isEqualTo(base).matches("[0-9a-f]{64}");
  }

  @Test
  void excludedSettingsDoNotCountAndMustExist() {
    Settings eight =
        new Settings(8, 42, Duration.ofSeconds(1), settings().inner(), List.of("AAPL"));
    assertThat(SettingsFingerprint.of(eight, THREADS))
        .isEqualTo(SettingsFingerprint.of(settings(), THREADS));
    assertThat(SettingsFingerprint.of(eight, Set.of()))
        .isNotEqualTo(SettingsFingerprint.of(settings(), Set.of()));
    assertThat(
            SettingsFingerprint.of(
                new Settings(4, 42, Duration.ofSeconds(1), new Inner(1, new int[0]), List.of()),
                Set.of("threads", "inner.rate", "inner.sizes", "symbols")))
        .as("nested paths are excluded by their dotted name")
        .isEqualTo(
            SettingsFingerprint.of(
                settings(), Set.of("threads", "inner.rate", "inner.sizes", "symbols")));
    assertThatThrownBy(() -> SettingsFingerprint.of(settings(), Set.of("thread")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[thread]");
  }

  @Test
  void anEmptyOptionalDiffersFromAPresentOneAndStringsCannotForgeLines() {
    assertThat(SettingsFingerprint.of(new WithOptional(Optional.empty()), Set.of()))
        .isNotEqualTo(SettingsFingerprint.of(new WithOptional(Optional.of("")), Set.of()));
    assertThat(SettingsFingerprint.canonical(new WithOptional(Optional.of("a\ncsv=b")), Set.of()))
        .isEqualTo("{}\ncsv?present\ncsv.value=\"a\\ncsv=b\"\n");
  }

  @Test
  void theResolvedSettingsShowEachSettingByPathInRecordOrderWithTheSameFingerprint() {
    ResolvedSettings resolved = ResolvedSettings.of(settings(), THREADS);

    assertThat(resolved.fingerprint()).isEqualTo(SettingsFingerprint.of(settings(), THREADS));
    assertThat(resolved.values())
        .containsExactly(
            entry("seed", "42"),
            entry("step", "PT1S"),
            entry("inner.rate", "3.0E-4"),
            entry("inner.sizes", "[64, 64]"),
            entry("symbols", "[AAPL]"));
    assertThat(ResolvedSettings.of(new WithOptional(Optional.empty()), Set.of()).values())
        .containsExactly(entry("csv", "none"));
  }

  @Test
  void differencesNameEachSettingThatDiffersWithBothValues() {
    Settings other =
        new Settings(
            8, 7, Duration.ofSeconds(1), new Inner(1e-3, new int[] {64, 64}), List.of("AAPL"));

    assertThat(
            ResolvedSettings.of(settings(), THREADS)
                .differencesFrom(ResolvedSettings.of(other, THREADS)))
        .containsExactly(
            new ResolvedSettings.Difference("seed", "42", "7"),
            new ResolvedSettings.Difference("inner.rate", "3.0E-4", "0.001"));
  }
}
