package org.wealtharena.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Mean reward per iteration, one line per run (e.g. per coordination type), saved as a PNG. */
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
   * @param rewardPerIteration series name (e.g. "hierarchical") to mean reward of iterations 1, 2,
   *     ...; drawn in map order
   */
  public static byte[] png(Map<String, double[]> rewardPerIteration, int width, int height) {
    // no display is needed, or wanted, to render into an image
    System.setProperty("java.awt.headless", "true");
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart(rewardPerIteration), width, height);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return png.toByteArray();
  }

  static JFreeChart chart(Map<String, double[]> rewardPerIteration) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    rewardPerIteration.forEach(
        (name, rewards) -> {
          XYSeries series = new XYSeries(name);
          for (int i = 0; i < rewards.length; i++) {
            series.add(i + 1, rewards[i]);
          }
          dataset.addSeries(series);
        });
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "Mean reward per training iteration",
            "iteration",
            "mean episode reward",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    chart.setBackgroundPaint(Color.WHITE);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    NumberAxis iterations = (NumberAxis) plot.getDomainAxis();
    iterations.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    // the default 5% margins put a tick at iteration 0, before any data
    iterations.setLowerMargin(0.01);
    iterations.setUpperMargin(0.01);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < dataset.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, LINE_COLOURS[i % LINE_COLOURS.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(Font.BOLD, 16f));
    return chart;
  }
}
