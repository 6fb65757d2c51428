package org.wealtharena.cli;

import java.nio.file.Path;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MetricsServerConfig;
import org.wealtharena.metrics.MetricsServerException;
import picocli.CommandLine.Option;

/**
 * Options of the two metrics endpoints, part of every command's {@link RunMetricsOptions}: ports,
 * bind address, strict metric validation, and optional basic auth and TLS.
 *
 * <p>Secrets never go on the command line (where {@code ps} shows them): options name the
 * environment variables that hold them.
 */
public final class MetricsEndpointOptions {

  @Option(
      names = "--multi-agent-port",
      defaultValue = "8012",
      paramLabel = "PORT",
      description =
          "Port of the multi-agent training endpoint (0 = any free port). Default: ${DEFAULT-VALUE}.")
  int multiAgentPort;

  @Option(
      names = "--specialized-agents-port",
      defaultValue = "8013",
      paramLabel = "PORT",
      description =
          "Port of the specialized agents endpoint (0 = any free port). Default: ${DEFAULT-VALUE}.")
  int specializedAgentsPort;

  @Option(
      names = "--bind",
      defaultValue = MetricsServerConfig.ANY_ADDRESS,
      paramLabel = "ADDRESS",
      description = "Address both endpoints listen on. Default: ${DEFAULT-VALUE}.")
  String bind;

  @Option(
      names = "--strict-metrics",
      description = "Throw on an invalid metric value instead of rejecting and counting it.")
  boolean strictMetrics;

  @Option(
      names = "--metrics-user",
      paramLabel = "USER",
      description = "Require HTTP basic auth with this user on both endpoints.")
  String metricsUser;

  @Option(
      names = "--metrics-password-env",
      defaultValue = "WEALTHARENA_METRICS_PASSWORD",
      paramLabel = "VAR",
      description =
          "Environment variable holding the basic auth password. Default: ${DEFAULT-VALUE}.")
  String metricsPasswordEnv;

  @Option(
      names = "--tls-keystore",
      paramLabel = "FILE",
      description = "Serve HTTPS with the key and certificate in this key store.")
  Path tlsKeyStore;

  @Option(
      names = "--tls-keystore-type",
      defaultValue = "PKCS12",
      paramLabel = "TYPE",
      description = "Key store type (PKCS12 or JKS). Default: ${DEFAULT-VALUE}.")
  String tlsKeyStoreType;

  @Option(
      names = "--tls-keystore-password-env",
      defaultValue = "WEALTHARENA_TLS_KEYSTORE_PASSWORD",
      paramLabel = "VAR",
      description =
          "Environment variable holding the key store password. Default: ${DEFAULT-VALUE}.")
  String tlsKeyStorePasswordEnv;

  public boolean strictMetrics() {
    return strictMetrics;
  }

  /** How the recording API treats bad values: strict (throws) with {@code --strict-metrics}. */
  public MetricsOptions metricsOptions() {
    return MetricsOptions.builder().strict(strictMetrics).build();
  }

  /**
   * Server configuration for one endpoint; fails with a {@link CliException} on missing secrets.
   */
  MetricsServerConfig serverConfig(int port, String portOption) {
    if (port < 0 || port > 65_535) {
      throw new CliException(portOption + ": must be a port 0..65535, got " + port);
    }
    MetricsServerConfig.Builder builder = MetricsServerConfig.builder().port(port);
    try {
      builder.bindAddress(bind);
    } catch (IllegalArgumentException e) {
      throw new CliException(
          "--bind: "
              + e.getMessage()
              + ", got '"
              + bind
              + "'; expected an address of this machine, e.g. 127.0.0.1, or 0.0.0.0 for all");
    }
    if (metricsUser != null) {
      MetricsServerConfig.BasicAuth.usernameProblem(metricsUser)
          .ifPresent(
              problem -> {
                throw new CliException(
                    "--metrics-user: the user name " + problem + ", got '" + metricsUser + "'");
              });
      builder.basicAuth(metricsUser, secret(metricsPasswordEnv, "--metrics-user", metricsUser));
    }
    if (tlsKeyStore != null) {
      builder.tls(
          tlsKeyStore,
          secret(tlsKeyStorePasswordEnv, "--tls-keystore", tlsKeyStore.toString()),
          tlsKeyStoreType);
    }
    return builder.build();
  }

  /** The option of this launcher that sets what a failed endpoint start is about. */
  static String optionFor(MetricsServerException e, String portOption) {
    return switch (e.setting()) {
      case PORT -> portOption;
      case BIND_ADDRESS -> "--bind";
      case TLS_KEY_STORE -> "--tls-keystore";
    };
  }

  /**
   * The value of {@code variable}; a {@link CliException} naming {@code option} and its {@code
   * value} when unset or empty.
   */
  static char[] secret(String variable, String option, String value) {
    String secret = System.getenv(variable);
    if (secret == null || secret.isEmpty()) {
      throw new CliException(
          option
              + " "
              + value
              + ": needs a password in the environment variable "
              + variable
              + ", which is "
              + (secret == null ? "not set" : "empty"));
    }
    return secret.toCharArray();
  }
}
