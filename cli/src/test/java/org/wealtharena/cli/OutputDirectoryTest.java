package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

  @TempDir Path root;

  @Test
  void runsWithTheSameRunIdGetTwoFolders() {
    // what two runs of one process started in the same millisecond would ask for
    try (OutputDirectory first = OutputDirectory.claim(null, root, "hierarchical-x");
        OutputDirectory second = OutputDirectory.claim(null, root, "hierarchical-x")) {
      assertThat(first.path()).isNotEqualTo(second.path());
      assertThat(first.runId()).isEqualTo("hierarchical-x");
      assertThat(second.runId()).isEqualTo("hierarchical-x-2");
    }
  }

  @Test
  void runIdsNameTheMillisecondAndTheProcess() {
    assertThat(OutputDirectory.runId("compare"))
        .matches("compare-\\d{8}-\\d{6}-\\d{3}-p" + ProcessHandle.current().pid());
  }

  @Test
  void aLockedDirectoryIsRefusedNamingTheHolder() {
    Path shared = root.resolve("run");
    try (OutputDirectory holder = OutputDirectory.claim(shared, "hierarchical")) {
      assertThatThrownBy(() -> OutputDirectory.claim(shared, "hierarchical"))
          .isInstanceOf(CliException.class)
          .hasMessage(
              "output directory "
                  + shared
                  + " is in use by another run (pid "
                  + ProcessHandle.current().pid()
                  + "); wait for it to finish or choose another --output");
    }
    // released: the next run may have it
    OutputDirectory.claim(shared, "hierarchical").close();
  }

  @Test
  void aFullDiskLeavesThePreviousReportIntact() throws IOException {
    try (FileSystem small =
        Jimfs.newFileSystem(
            Configuration.unix().toBuilder().setMaxSize(64 * 1024).setBlockSize(1024).build())) {
      Path run = small.getPath("/run");
      try (OutputDirectory directory = OutputDirectory.claim(run, "hierarchical")) {
        String previous = "{\"reward\": 1}";
        directory.write("summary.json", previous);
        byte[] tooLarge = new byte[128 * 1024];
        Arrays.fill(tooLarge, (byte) 'x');

        assertThatThrownBy(() -> directory.write("summary.json", tooLarge))
            .isInstanceOf(CliException.class)
            .hasMessageStartingWith("cannot write /run/summary.json: ");
        assertThat(Files.readString(run.resolve("summary.json"), StandardCharsets.UTF_8))
            .isEqualTo(previous);
        try (Stream<Path> files = Files.list(run)) {
          assertThat(files.map(p -> p.getFileName().toString()))
              .as("no temporary file left behind")
              .containsExactlyInAnyOrder("summary.json", OutputDirectory.LOCK_FILE);
        }
      }
    }
  }

  @Test
  void aFullDiskOnTheFirstWriteLeavesNoReport() throws IOException {
    try (FileSystem small =
        Jimfs.newFileSystem(
            Configuration.unix().toBuilder().setMaxSize(64 * 1024).setBlockSize(1024).build())) {
      Path run = small.getPath("/run");
      try (OutputDirectory directory = OutputDirectory.claim(run, "hierarchical")) {
        assertThatThrownBy(() -> directory.write("evaluation.csv", new byte[128 * 1024]))
            .isInstanceOf(CliException.class);
        assertThat(run.resolve("evaluation.csv")).doesNotExist();
      }
    }
  }
}
