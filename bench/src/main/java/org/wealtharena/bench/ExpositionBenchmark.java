package org.wealtharena.bench;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * One scrape of an endpoint holding 10,000 series (100 market makers x 100 symbols of
 * market_maker_spread), written as Prometheus text: what the HTTP server does per scrape, minus the
 * socket.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar Exposition}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExpositionBenchmark {

  static final int AGENTS = 100;
  static final int SYMBOLS = 100;

  private PrometheusRegistry registry;
  private final PrometheusTextFormatWriter writer = new PrometheusTextFormatWriter(false);

  @Setup
  public void setUp() {
    SpecializedAgentMetrics metrics = new SpecializedAgentMetrics();
    for (int a = 0; a < AGENTS; a++) {
      for (int s = 0; s < SYMBOLS; s++) {
        metrics.recordMarketMakerSpread("mm_" + a, "SYM" + s, 0.01 + a * 1e-4 + s * 1e-6);
      }
    }
    registry = metrics.registry();
  }

  @Benchmark
  public void scrape10kSeriesAsText(Blackhole blackhole) throws IOException {
    writer.write(new CountingSink(blackhole), registry.scrape());
  }

  /** Discards the bytes but lets JMH see them, so the writing is not optimised away. */
  private static final class CountingSink extends OutputStream {
    private final Blackhole blackhole;

    CountingSink(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void write(int b) {
      blackhole.consume(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      blackhole.consume(length);
    }
  }
}
