package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Binaries;

/**
 * The shipped Alertmanager configuration is valid for {@code amtool check-config}, routes each kind
 * of alert to its receiver, and is the one Prometheus and the compose file use.
 */
class AlertmanagerConfigTest {

  private static final long TIMEOUT_SECONDS = 60;
  private static Path amtool;

  private static Path config() {
    return DeployFiles.deploy().resolve("alertmanager").resolve("alertmanager.yml");
  }

  @BeforeAll
  static void findAmtool() {
    amtool = Binaries.require("amtool");
  }

  @Test
  void amtoolChecksTheConfig() {
    Commands.Result result = amtool("check-config", config().toString());
    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.output()).as(result.describe()).contains("SUCCESS");
  }

  @Test
  void theRouteTreeSendsEachKindOfAlertToItsReceiver() {
    assertThat(route("alertname=WealthArenaWatchdog", "severity=none")).isEqualTo("watchdog");
    assertThat(route("alertname=WealthArenaJvmDeadlock", "severity=critical")).isEqualTo("pager");
    assertThat(route("alertname=WealthArenaTargetDown", "severity=warning")).isEqualTo("team");
    assertThat(route("alertname=SomethingElse")).isEqualTo("team");
  }

  @Test
  void aTargetDownInhibitsTheOtherAlertsOfItsProcess() {
    JsonNode inhibit = DeployFiles.yaml(config()).path("inhibit_rules");
    JsonNode targetDown = null;
    for (JsonNode rule : inhibit) {
      if (rule.path("source_matchers").toString().contains("WealthArenaTargetDown")) {
        targetDown = rule;
      }
    }
    assertThat(targetDown).as("an inhibit rule with WealthArenaTargetDown as source").isNotNull();
    List<String> equal = new ArrayList<>();
    targetDown.path("equal").forEach(l -> equal.add(l.asText()));
    assertThat(equal).containsExactlyInAnyOrder("job", "instance");
  }

  @Test
  void prometheusSendsToTheComposeAlertmanager() {
    JsonNode compose = DeployFiles.yaml(DeployFiles.deploy().resolve("docker-compose.yml"));
    JsonNode alertmanager = compose.path("services").path("alertmanager");
    assertThat(alertmanager.path("ports").toString()).contains("9093:9093");
    assertThat(alertmanager.path("volumes").toString())
        .contains("./alertmanager:/etc/alertmanager");
    JsonNode alerting =
        DeployFiles.yaml(DeployFiles.prometheusDir().resolve("prometheus.yml")).path("alerting");
    assertThat(alerting.path("alertmanagers").path(0).path("static_configs").toString())
        .contains("alertmanager:9093");
  }

  private static String route(String... labels) {
    Commands.Result result =
        amtool(
            Stream.concat(
                    Stream.of("config", "routes", "test", "--config.file=" + config()),
                    Stream.of(labels))
                .toArray(String[]::new));
    assertThat(result.exitCode()).as(result.describe()).isZero();
    List<String> lines =
        result.output().lines().filter(l -> !l.startsWith("Warning:")).map(String::trim).toList();
    return String.join(",", lines);
  }

  private static Commands.Result amtool(String... args) {
    List<String> command = Stream.concat(Stream.of(amtool.toString()), Stream.of(args)).toList();
    return Commands.run(DeployFiles.repoRoot(), TIMEOUT_SECONDS, command);
  }
}
