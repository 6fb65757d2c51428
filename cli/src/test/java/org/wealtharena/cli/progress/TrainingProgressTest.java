package org.wealtharena.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.wealtharena.training.ppo.UpdateResult;

class TrainingProgressTest {

  private final Logger logger = (Logger) LoggerFactory.getLogger(LogProgress.class);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  private static UpdateResult update(double approxKl, double explainedVariance) {
    return new UpdateResult(
        false, "", -0.0125, 0.5, 1.25, approxKl, 0.125, explainedVariance, 0.3, 40, 10, false);
  }

  @BeforeEach
  void captureLogs() {
    lines.start();
    logger.addAppender(lines);
  }

  @AfterEach
  void releaseLogs() {
    logger.detachAppender(lines);
    logger.setLevel(null);
  }

  @Test
  void logLinesCarryIterationRewardElapsedAndEta() {
    TrainingProgress progress = new LogProgress();
    progress.start(1, 4);
    progress.iteration(1, 0.5, Map.of(), Duration.ofSeconds(10));
    progress.iteration(2, -1.25, Map.of(), Duration.ofSeconds(30));
    progress.finish();

    assertThat(lines.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "training iterations 1 to 4",
            "iteration 1/4  mean reward 0.5000  elapsed 10s  ETA 30s",
            "iteration 2/4  mean reward -1.2500  elapsed 30s  ETA 30s",
            "training finished");
  }

  @Test
  void afterAResumeTheEtaCountsOnlyThisSessionsIterations() {
    TrainingProgress progress = new LogProgress();
    progress.start(41, 50);
    progress.iteration(42, 2, Map.of(), Duration.ofMinutes(1));

    // two iterations took a minute, eight are left
    assertThat(lines.list.get(1).getFormattedMessage()).endsWith("elapsed 1m00s  ETA 4m00s");
  }

  @Test
  void theLineCarriesTheKlAndExplainedVarianceAndDebugEveryRolesDiagnostics() {
    logger.setLevel(Level.DEBUG);
    TrainingProgress progress = new LogProgress();
    progress.start(1, 2);
    progress.iteration(1, 0.5, Map.of("meta_controller", update(0.0123, -0.25)), Duration.ZERO);
    Map<String, UpdateResult> two = new TreeMap<>();
    two.put("arb-1", update(0.002, 0.5));
    two.put("mm-1", update(0.03, 0.75));
    progress.iteration(2, 0.5, two, Duration.ofSeconds(2));

    assertThat(lines.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "training iterations 1 to 2",
            "iteration 1/2  mean reward 0.5000  kl 0.0123  ev -0.25  elapsed 0s  ETA 0s",
            "iteration 1 meta_controller: policy loss -0.0125  value loss 0.5000  entropy 1.250"
                + "  kl 0.0123  clip 0.125  ev -0.250",
            "iteration 2/2  mean reward 0.5000  kl max 0.0300  ev min 0.50  elapsed 2s  ETA 0s",
            "iteration 2 arb-1: policy loss -0.0125  value loss 0.5000  entropy 1.250  kl 0.0020"
                + "  clip 0.125  ev 0.500",
            "iteration 2 mm-1: policy loss -0.0125  value loss 0.5000  entropy 1.250  kl 0.0300"
                + "  clip 0.125  ev 0.750");
  }

  @Test
  void etaFormats() {
    assertThat(Eta.format(Duration.ofMillis(400))).isEqualTo("0s");
    assertThat(Eta.format(Duration.ofSeconds(59))).isEqualTo("59s");
    assertThat(Eta.format(Duration.ofSeconds(187))).isEqualTo("3m07s");
    assertThat(Eta.format(Duration.ofSeconds(3720))).isEqualTo("1h02m");
  }

  @Test
  void aTerminalGetsTheBarAndEverythingElseLogLines() {
    assertThat(TrainingProgress.forOutput(true)).isInstanceOf(ProgressBarProgress.class);
    assertThat(TrainingProgress.forOutput(false)).isInstanceOf(LogProgress.class);
    // surefire's forked JVM has no console
    assertThat(TrainingProgress.forThisTerminal()).isInstanceOf(LogProgress.class);
  }

  @Test
  void theBarShowsIterationsRewardAndEta() {
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    TrainingProgress progress =
        new ProgressBarProgress(new PrintStream(terminal, true, StandardCharsets.UTF_8));
    progress.start(1, 3);
    progress.iteration(1, 0.75, Map.of(), Duration.ofSeconds(5));
    progress.iteration(2, 1.5, Map.of("planner", update(0.0125, 0.5)), Duration.ofSeconds(10));
    progress.finish();

    String drawn = terminal.toString(StandardCharsets.UTF_8);
    assertThat(drawn)
        .contains("training")
        .contains("2/3")
        .contains("reward 1.5000  kl 0.0125  ev 0.50")
        .contains("0:00:05");
  }
}
