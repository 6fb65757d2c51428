package org.wealtharena.cluster;

import org.apache.spark.SparkConf;
import org.wealtharena.training.engine.EngineSetup;
import org.wealtharena.training.engine.EpisodeEngineProvider;
import org.wealtharena.training.trainer.EpisodeEngine;

/** {@code --engine spark}: found by the command line through {@link java.util.ServiceLoader}. */
public final class SparkEngineProvider implements EpisodeEngineProvider {

  public static final String NAME = "spark";

  @Override
  public String name() {
    return NAME;
  }

  /** Master and settings come from the Spark configuration (spark-submit, spark.* properties). */
  @Override
  public EpisodeEngine open(EngineSetup setup) {
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      throw new IllegalArgumentException(
          "spark.master is not set: run through spark-submit --master URL, or give"
              + " -Dspark.master=URL (local[2], spark://host:7077, ...)");
    }
    conf.setIfMissing("spark.app.name", "wealtharena");
    return new SparkEpisodeEngine(
        SparkMonitoring.apply(ClusterSecurity.apply(conf, System.getenv())), setup);
  }
}
