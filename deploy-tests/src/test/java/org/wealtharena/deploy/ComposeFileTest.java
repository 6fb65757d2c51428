package org.wealtharena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/docker-compose.yml and the Dockerfile, checked without a Docker engine: everything they
 * reference exists, and the pieces (mount paths, provisioning paths, service names, ports) fit.
 */
class ComposeFileTest {

  private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(?!--from)(.+)$");
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

  private final Path deploy = DeployFiles.deploy();
  private final JsonNode compose = DeployFiles.yaml(deploy.resolve("docker-compose.yml"));
  private final JsonNode services = compose.path("services");

  /** Bind mounts of a service: container path -> host path (resolved against deploy/). */
  private Map<String, Path> bindMounts(String service) {
    Map<String, Path> mounts = new LinkedHashMap<>();
    for (JsonNode volume : services.path(service).path("volumes")) {
      String[] parts = volume.asText().split(":");
      if (parts[0].startsWith(".") || parts[0].startsWith("/")) {
        mounts.put(parts[1], deploy.resolve(parts[0]).normalize());
      }
    }
    return mounts;
  }

  /** The host file behind a container path, through the service's bind mounts. */
  private Path hostPath(String service, String containerPath) {
    for (Map.Entry<String, Path> mount : bindMounts(service).entrySet()) {
      String target = mount.getKey();
      if (containerPath.equals(target) || containerPath.startsWith(target + "/")) {
        return mount
            .getValue()
            .resolve(containerPath.substring(target.length()).replaceFirst("^/", ""));
      }
    }
    throw new AssertionError(containerPath + " is not inside a bind mount of service " + service);
  }

  @Test
  void hasAppPrometheusAndGrafana() {
    assertThat(services.fieldNames()).toIterable().contains("app", "prometheus", "grafana");
  }

  @Test
  void everyBindMountSourceExists() {
    List<String> missing = new ArrayList<>();
    services
        .fieldNames()
        .forEachRemaining(
            service ->
                bindMounts(service)
                    .forEach(
                        (target, source) -> {
                          if (!Files.exists(source)) {
                            missing.add(service + ": " + source + " -> " + target);
                          }
                        }));
    assertThat(missing).isEmpty();
  }

  @Test
  void appIsBuiltFromTheRootDockerfileAndPublishesBothEndpoints() {
    JsonNode app = services.path("app");
    Path context = deploy.resolve(app.path("build").path("context").asText()).normalize();
    Path dockerfile = context.resolve(app.path("build").path("dockerfile").asText("Dockerfile"));
    assertThat(context).isEqualTo(DeployFiles.repoRoot());
    assertThat(dockerfile).isRegularFile();
    List<String> ports = new ArrayList<>();
    app.path("ports").forEach(p -> ports.add(p.asText()));
    assertThat(ports).contains("8012:8012", "8013:8013");
  }

  @Test
  void dockerfileBuildsTheJarAndRunsTrainLinger() {
    Path root = DeployFiles.repoRoot();
    String dockerfile = DeployFiles.read(root.resolve("Dockerfile"));
    assertThat(dockerfile)
        .containsPattern("(?m)^FROM maven:3\\.9-eclipse-temurin-17 AS build$")
        .containsPattern("(?m)^FROM eclipse-temurin:17-jre$")
        .contains("cli/target/wealtharena.jar")
        .contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/wealtharena.jar\"]")
        .contains("CMD [\"train\", \"--linger\"]")
        .containsPattern("(?m)^EXPOSE 8012 8013$");
    Matcher copy = COPY.matcher(dockerfile);
    int copies = 0;
    while (copy.find()) {
      String[] parts = copy.group(1).trim().split("\\s+");
      for (int i = 0; i < parts.length - 1; i++) {
        copies++;
        assertThat(root.resolve(parts[i])).as("COPY source %s", parts[i]).exists();
      }
    }
    assertThat(copies).isPositive();
    // the reactor reads every module's pom, so the build stage needs all of them
    Matcher module = MODULE.matcher(DeployFiles.read(root.resolve("pom.xml")));
    int modules = 0;
    while (module.find()) {
      modules++;
      assertThat(dockerfile)
          .contains("COPY " + module.group(1) + "/pom.xml " + module.group(1) + "/");
    }
    assertThat(modules).as("modules of the root pom").isPositive();
    // the shaded jar's name comes from the cli pom
    assertThat(DeployFiles.read(root.resolve("cli/pom.xml")))
        .contains("<finalName>wealtharena</finalName>");
  }

  @Test
  void prometheusUsesTheShippedConfigAndReachesTheGuidesTargets() {
    JsonNode prometheus = services.path("prometheus");
    String configFile = null;
    for (JsonNode arg : prometheus.path("command")) {
      if (arg.asText().startsWith("--config.file=")) {
        configFile = arg.asText().substring("--config.file=".length());
      }
    }
    assertThat(configFile).as("--config.file").isNotNull();
    Path config = hostPath("prometheus", configFile);
    assertThat(config).isEqualTo(DeployFiles.prometheusDir().resolve("prometheus.yml"));
    // the rules are found relative to the config, so the whole directory must be mounted
    assertThat(bindMounts("prometheus")).containsValue(DeployFiles.prometheusDir());
    List<String> extraHosts = new ArrayList<>();
    prometheus.path("extra_hosts").forEach(h -> extraHosts.add(h.asText()));
    assertThat(extraHosts).contains("host.docker.internal:host-gateway");
  }

  @Test
  void grafanaProvisioningMatchesTheMounts() {
    Path provisioning = deploy.resolve("grafana/provisioning");
    assertThat(hostPath("grafana", "/etc/grafana/provisioning/datasources/prometheus.yml"))
        .isEqualTo(provisioning.resolve("datasources/prometheus.yml"));
    assertThat(hostPath("grafana", "/etc/grafana/provisioning/dashboards/dashboards.yml"))
        .isEqualTo(provisioning.resolve("dashboards/dashboards.yml"));

    JsonNode providers =
        DeployFiles.yaml(provisioning.resolve("dashboards/dashboards.yml")).path("providers");
    assertThat(providers).isNotEmpty();
    for (JsonNode provider : providers) {
      Path dashboards = hostPath("grafana", provider.path("options").path("path").asText());
      assertThat(dashboards).isEqualTo(deploy.resolve("grafana/dashboards"));
    }

    String home =
        services
            .path("grafana")
            .path("environment")
            .path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH")
            .asText();
    if (!home.isEmpty()) {
      assertThat(hostPath("grafana", home)).isRegularFile();
    }

    JsonNode datasources =
        DeployFiles.yaml(provisioning.resolve("datasources/prometheus.yml")).path("datasources");
    assertThat(datasources).hasSize(1);
    JsonNode datasource = datasources.get(0);
    assertThat(datasource.path("type").asText()).isEqualTo("prometheus");
    URI url = URI.create(datasource.path("url").asText());
    assertThat(url.getHost()).as("datasource host is the compose service").isEqualTo("prometheus");
    assertThat(url.getPort()).isEqualTo(9090);
  }
}
