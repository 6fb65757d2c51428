package org.wealtharena.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.wealtharena.training.ppo.PpoConfig;

class ConfigurationReferenceTest {

  /** The reference from the cli module's directory, where Maven runs its tests. */
  private static final Path FILE = Path.of("..").resolve(ConfigurationReference.FILE);

  @Test
  void theCommittedReferenceIsTheGeneratedOne() throws IOException {
    assertThat(Files.exists(FILE))
        .as(FILE + " is missing; run " + ConfigurationReference.COMMAND)
        .isTrue();
    assertThat(Files.readString(FILE))
        .as(FILE + " is out of date; run " + ConfigurationReference.COMMAND)
        .isEqualTo(ConfigurationReference.markdown());
  }

  @Test
  void everyKeyAFileCanSetIsDocumentedWithItsDefault() {
    String reference = ConfigurationReference.markdown();
    for (String key : TrainingConfigFile.keysOf(TrainingConfig.DEFAULTS)) {
      assertThat(reference).contains("| `" + key + "` |");
    }
    assertThat(reference)
        .contains("| `seed` | whole number | `" + TrainingConfig.DEFAULT_SEED + "` |")
        .contains("| `ppo.gamma` | number | `" + PpoConfig.builder().build().gamma() + "` |")
        .contains(
            "| `ppo.hiddenSizes` | list of whole numbers | `"
                + Arrays.toString(PpoConfig.builder().build().policyHiddenSizes()).replace(" ", "")
                + "` |")
        .contains("| `threads` | whole number |  |");
  }
}
