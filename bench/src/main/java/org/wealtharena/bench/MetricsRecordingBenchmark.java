package org.wealtharena.bench;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
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
import org.wealtharena.metrics.BoundCounter;
import org.wealtharena.metrics.Buckets;
import org.wealtharena.metrics.CoordinationMethodMetrics;
import org.wealtharena.metrics.MarketMakerMetrics;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * The recording hot paths, each through our API and through the raw Prometheus client on a family
 * of the same shape (labels, buckets, exemplars off), so the cost of our validation and cardinality
 * accounting shows as the difference. Pairs:
 *
 * <ul>
 *   <li>counter with three labels: {@code recordAgentCommunication} vs {@code
 *       labelValues(a,b,c).inc()}
 *   <li>gauge with two labels: {@code recordMarketMakerSpread} vs {@code labelValues(a,b).set(v)}
 *   <li>histogram with two labels: {@code recordCoordinationOverhead} vs {@code
 *       labelValues(a,b).observe(v)}
 *   <li>the same three through a bound view vs a data point the caller keeps
 *   <li>{@code recordArbitrageExecution}, a counter with three labels that also derives {@code
 *       arbitrage_success_rate}, against the raw counter increment (it does more than that)
 * </ul>
 *
 * Run: {@code java -jar bench/target/benchmarks.jar MetricsRecording}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MetricsRecordingBenchmark {

  private static final String FROM = "market_maker_1";
  private static final String TO = "coordinator";
  private static final String TYPE = "intent";
  private static final String AGENT = "mm_1";
  private static final String SYMBOL = "AAPL";
  private static final String COORDINATION = "hierarchical";
  private static final String METHOD = "meta_allocation";
  private static final String PAIR = "AAPL-NASDAQ-NYSE";
  private static final String SUCCESS = "success";

  private MultiAgentMetrics multiAgent;
  private SpecializedAgentMetrics specialized;
  private BoundCounter boundCommunication;
  private MarketMakerMetrics boundMarketMaker;
  private CoordinationMethodMetrics boundMethod;

  private Counter rawCounter;
  private Gauge rawGauge;
  private Histogram rawHistogram;
  private CounterDataPoint rawCounterPoint;
  private GaugeDataPoint rawGaugePoint;
  private DistributionDataPoint rawHistogramPoint;

  private double value = 0.01;

  @Setup
  public void setUp() {
    multiAgent = new MultiAgentMetrics();
    specialized = new SpecializedAgentMetrics();
    boundCommunication = multiAgent.communication(FROM, TO, TYPE);
    boundMarketMaker = specialized.marketMaker(AGENT, SYMBOL);
    boundMethod = multiAgent.coordination(COORDINATION).method(METHOD);

    PrometheusRegistry raw = new PrometheusRegistry();
    rawCounter =
        Counter.builder()
            .name("raw_communication_total")
            .help("raw")
            .labelNames("from_agent", "to_agent", "message_type")
            .withoutExemplars()
            .register(raw);
    rawGauge =
        Gauge.builder()
            .name("raw_spread")
            .help("raw")
            .labelNames("agent_id", "symbol")
            .withoutExemplars()
            .register(raw);
    rawHistogram =
        Histogram.builder()
            .name("raw_overhead_seconds")
            .help("raw")
            .labelNames("coordination_type", "method")
            .classicUpperBounds(Buckets.seconds())
            .withoutExemplars()
            .register(raw);
    rawCounterPoint = rawCounter.labelValues(FROM, TO, TYPE);
    rawGaugePoint = rawGauge.labelValues(AGENT, SYMBOL);
    rawHistogramPoint = rawHistogram.labelValues(COORDINATION, METHOD);
  }

  /** A value that changes each call, so no update can be folded away, inside every bucket range. */
  private double nextValue() {
    value = value > 1 ? 1e-5 : value * 1.7;
    return value;
  }

  @Benchmark
  public void counterOurs() {
    multiAgent.recordAgentCommunication(FROM, TO, TYPE);
  }

  @Benchmark
  public void counterRaw() {
    rawCounter.labelValues(FROM, TO, TYPE).inc();
  }

  @Benchmark
  public void counterOursBound() {
    boundCommunication.inc();
  }

  @Benchmark
  public void counterRawBound() {
    rawCounterPoint.inc();
  }

  @Benchmark
  public void counterOursDerivingARatio() {
    specialized.recordArbitrageExecution(AGENT, PAIR, SUCCESS);
  }

  @Benchmark
  public void gaugeOurs() {
    specialized.recordMarketMakerSpread(AGENT, SYMBOL, nextValue());
  }

  @Benchmark
  public void gaugeRaw() {
    rawGauge.labelValues(AGENT, SYMBOL).set(nextValue());
  }

  @Benchmark
  public void gaugeOursBound() {
    boundMarketMaker.spread(nextValue());
  }

  @Benchmark
  public void gaugeRawBound() {
    rawGaugePoint.set(nextValue());
  }

  @Benchmark
  public void histogramOurs() {
    multiAgent.recordCoordinationOverhead(COORDINATION, METHOD, nextValue());
  }

  @Benchmark
  public void histogramRaw() {
    rawHistogram.labelValues(COORDINATION, METHOD).observe(nextValue());
  }

  @Benchmark
  public void histogramOursBound() {
    boundMethod.overhead(nextValue());
  }

  @Benchmark
  public void histogramRawBound() {
    rawHistogramPoint.observe(nextValue());
  }
}
