package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.cli.Main;
import org.wealtharena.metrics.testing.Binaries;
import org.wealtharena.metrics.testing.ChildJvm;

/**
 * SIGTERM to a {@code train} process in the middle of training: the run is counted as interrupted
 * (not failed, not lost), the final push carries it to a real Pushgateway, and the process exits
 * 143 as a shell reports a SIGTERM.
 */
class TrainSignalEndToEndTest {

  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @TempDir Path workDir;
  private PushgatewayServer gateway;
  private Process train;

  @AfterEach
  void stop() throws InterruptedException {
    if (train != null && train.isAlive()) {
      train.destroyForcibly();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void sigtermDuringTrainingRecordsAnInterruptedRunAndPushesIt() throws Exception {
    gateway = PushgatewayServer.start(Binaries.require("prometheus-pushgateway"), workDir);
    Path config = workDir.resolve("train.yaml");
    // long enough that SIGTERM arrives while iterations remain
    Files.writeString(config, "iterations: 1000\nepisodesPerIteration: 2\nepisodeDuration: 2m\n");
    Path log = workDir.resolve("train.log");
    train =
        ChildJvm.of(
                Main.class,
                "train",
                "--config",
                config.toString(),
                "--output",
                workDir.resolve("run").toString(),
                "--threads",
                "2",
                "--pushgateway",
                gateway.url(),
                "--push-interval",
                "200ms",
                "--push-instance",
                "signal-test",
                "--multi-agent-port",
                "0",
                "--specialized-agents-port",
                "0",
                "--bind",
                "127.0.0.1")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(log.toFile())
            .start();

    assertThat(
            gateway.awaitMetrics(
                DEADLINE,
                m -> runs(m, "started") == 1 && m.contains("multi_agent_current_iteration{")))
        .as("a periodic push shows the run training; log:\n%s", Files.readString(log))
        .isTrue();
    assertThat(runs(gateway.metrics(), "interrupted")).isZero();

    train.destroy(); // SIGTERM on POSIX
    assertThat(train.waitFor(60, TimeUnit.SECONDS)).as("train exited").isTrue();
    String stderr = Files.readString(log);
    assertThat(train.exitValue()).as(stderr).isEqualTo(143);
    assertThat(stderr).contains("training interrupted by SIGTERM");

    String pushed = gateway.metrics();
    assertThat(runs(pushed, "interrupted")).as("the final push").isEqualTo(1);
    assertThat(runs(pushed, "failed")).isZero();
    assertThat(runs(pushed, "completed")).isZero();
    assertThat(
            PushgatewayEndToEndTest.sample(
                pushed, "multi_agent_training_active", "job", "wealtharena_multi_agent_rl"))
        .hasValue(0);
  }

  private static double runs(String exposition, String status) {
    return PushgatewayEndToEndTest.sample(
            exposition,
            "multi_agent_training_runs_total",
            "job",
            "wealtharena_multi_agent_rl",
            "instance",
            "signal-test",
            "status",
            status)
        .orElse(0);
  }
}
