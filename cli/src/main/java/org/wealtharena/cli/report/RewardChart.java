package org.wealtharena.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.wealtharena.training.evaluation.Estimate;
import org.wealtharena.training.evaluation.RunStatistics;
import org.wealtharena.training.evaluation.StratifiedBootstrap;

/**
 * Learning curves: mean reward per iteration, one line per series (e.g. per coordination type) with
 * a confidence band across its runs, saved as a PNG.
 */
public final class RewardChart {

  /** Colour-blind-safe line colours (Okabe–Ito), in series order. */
  private static final Color[] LINE_COLOURS = {
    new Color(0x0072B2),
    new Color(0xD55E00),
    new Color(0x009E73),
    new Color(0xCC79A7),
    new Color(0xE69F00),
    new Color(0x56B4E9),
    new Color(0x000000)
  };

  private RewardChart() {}

  /**
   * Draws the chart as a PNG image, for the caller to write atomically.
   *
   * @param runsPerSeries series name (e.g. "hierarchical") to the mean reward of iterations 1, 2,
   *     ... of each of its runs; drawn in map order, each as the mean over its runs with a band of
   *     the {@code level} bootstrap interval of that mean (none for a single run)
   */
  public static byte[] png(
      Map<String, List<double[]>> runsPerSeries, double level, int width, int height) {
    return Png.of(chart(runsPerSeries, level), width, height);
  }

  static JFreeChart chart(Map<String, List<double[]>> runsPerSeries, double level) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    StratifiedBootstrap bootstrap = StratifiedBootstrap.of(level);
    runsPerSeries.forEach(
        (name, runs) -> {
          YIntervalSeries series = new YIntervalSeries(name);
          int iterations = runs.stream().mapToInt(r -> r.length).max().orElse(0);
          for (int i = 0; i < iterations; i++) {
            int iteration = i;
            double[] values =
                runs.stream()
                    .filter(r -> r.length > iteration && Double.isFinite(r[iteration]))
                    .mapToDouble(r -> r[iteration])
                    .toArray();
            if (values.length == 0) {
              continue;
            }
            double[][] scores = {values};
            if (values.length == 1) {
              series.add(i + 1, values[0], values[0], values[0]);
            } else {
              Estimate mean = bootstrap.estimate(scores, RunStatistics::mean);
              series.add(i + 1, mean.value(), mean.lower(), mean.upper());
            }
          }
          dataset.addSeries(series);
        });
    int runs = runsPerSeries.values().stream().mapToInt(List::size).max().orElse(0);
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            runs > 1
                ? String.format(
                    Locale.ROOT,
                    "Mean reward per training iteration (mean of %d runs, %.0f%% CI band)",
                    runs,
                    100 * level)
                : "Mean reward per training iteration",
            "iteration",
            "mean episode reward",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    XYPlot plot = whitePlot(chart);
    NumberAxis iterations = (NumberAxis) plot.getDomainAxis();
    iterations.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    // the default 5% margins put a tick at iteration 0, before any data
    iterations.setLowerMargin(0.01);
    iterations.setUpperMargin(0.01);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.2f);
    for (int i = 0; i < dataset.getSeriesCount(); i++) {
      Color colour = colour(i);
      renderer.setSeriesPaint(i, colour);
      renderer.setSeriesFillPaint(i, colour);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(Font.BOLD, 16f));
    return chart;
  }

  /** The charts' one look: white background, light grey grid lines; returns the chart's plot. */
  static XYPlot whitePlot(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    return plot;
  }

  /** The line colour of series {@code i}. */
  static Color colour(int i) {
    return LINE_COLOURS[i % LINE_COLOURS.length];
  }
}
