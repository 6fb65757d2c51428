package org.wealtharena.cluster;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;

/**
 * Our defaults for a Spark configuration, applied unless the configuration says otherwise:
 *
 * <ul>
 *   <li>{@code spark.authenticate=true}: every connection between driver, master, workers and
 *       executors proves knowledge of a shared secret, so nobody without it can submit work (code)
 *       to the cluster or talk to this driver and its executors. The secret comes from the
 *       environment variable {@value #SECRET_VARIABLE}, never from the command line, where every
 *       user of the machine could read it; Spark hands it to executors in their environment, not in
 *       their command line. A local master ({@code local[N]}) makes its own.
 *   <li>{@code spark.network.crypto.enabled=true}: what travels over those connections (the policy
 *       snapshot, tasks, trajectories and metric recordings back, shuffle and block transfers) is
 *       encrypted (AES), so nobody on the network can read or alter it.
 * </ul>
 *
 * Neither covers the web UIs, Spark's metrics servlet or local disk: see the README's Scale-out
 * section.
 */
final class ClusterSecurity {

  static final String SECRET_VARIABLE = "WEALTHARENA_SPARK_SECRET";
  static final String AUTHENTICATE = "spark.authenticate";
  static final String SECRET = "spark.authenticate.secret";
  static final String ENCRYPTION = "spark.network.crypto.enabled";

  private static final Pattern LOCAL_MASTER = Pattern.compile("local(\\[.*])?");

  private ClusterSecurity() {}

  /**
   * Applies the defaults to {@code conf}, with the secret from {@code environment}.
   *
   * @throws IllegalArgumentException when authentication is on, the master is not local and no
   *     secret is given
   */
  static SparkConf apply(SparkConf conf, Map<String, String> environment) {
    conf.setIfMissing(AUTHENTICATE, "true");
    conf.setIfMissing(ENCRYPTION, "true");
    if (!conf.getBoolean(AUTHENTICATE, false)) {
      return conf;
    }
    String secret = environment.get(SECRET_VARIABLE);
    if (secret != null && !secret.isBlank()) {
      conf.set(SECRET, secret);
    } else if (!LOCAL_MASTER.matcher(conf.get("spark.master", "")).matches()
        && !conf.contains(SECRET)
        && !conf.contains(SECRET + ".file")) {
      throw new IllegalArgumentException(
          AUTHENTICATE
              + " is on and no shared secret is given: set the cluster's secret in the environment"
              + " variable "
              + SECRET_VARIABLE
              + " (never on the command line)");
    }
    return conf;
  }
}
