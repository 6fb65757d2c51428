package org.wealtharena.cli.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.wealtharena.market.realism.RealismReport;
import org.wealtharena.market.realism.StylizedFacts;

/**
 * The stylized facts as six charts on one PNG: the distribution of standardised 1- and 5-interval
 * returns against a standard normal (log density, so fat tails show), the autocorrelations of
 * returns and of absolute returns, the intraday volume by half hour, and the spread distribution. A
 * reference (real bars), when given, is drawn beside ours.
 */
public final class RealismChart {
  private static final Color OURS = new Color(0x0072B2);
  private static final Color REFERENCE = new Color(0xD55E00);
  private static final Color NORMAL = new Color(0x555555);
  private static final int WIDTH = 600;
  private static final int HEIGHT = 400;

  private RealismChart() {}

  /** Writes the charts of {@code ours} (and of {@code reference}, may be null) to {@code png}. */
  public static void save(RealismReport ours, RealismReport reference, Path png)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    JFreeChart[] charts = {
      distribution(
          "returns over 1 interval vs normal",
          ours.standardisedReturns1(),
          reference == null ? null : reference.standardisedReturns1()),
      distribution(
          "returns over 5 intervals vs normal",
          ours.standardisedReturns5(),
          reference == null ? null : reference.standardisedReturns5()),
      lags("ACF of returns", ours.acf(), reference == null ? null : reference.acf()),
      lags("ACF of absolute returns", ours.absAcf(), reference == null ? null : reference.absAcf()),
      bars(
          "intraday volume share by half hour",
          "half hour of the session",
          ours.halfHourVolumeShare(),
          reference == null ? null : reference.halfHourVolumeShare()),
      bars("spread distribution", "spread, ticks", ours.spreadShare(), null)
    };
    BufferedImage image = new BufferedImage(3 * WIDTH, 2 * HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    for (int i = 0; i < charts.length; i++) {
      java.awt.geom.Rectangle2D area =
          new java.awt.geom.Rectangle2D.Double((i % 3) * WIDTH, (i / 3) * HEIGHT, WIDTH, HEIGHT);
      charts[i].draw(g, area);
    }
    g.dispose();
    ImageIO.write(image, "png", png.toFile());
  }

  private static JFreeChart distribution(String title, double[] z, double[] reference) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(density("ours", z));
    if (reference != null) {
      data.addSeries(density("reference", reference));
    }
    XYSeries normal = new XYSeries("normal");
    for (double x = -8; x <= 8; x += 0.1) {
      normal.add(x, Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI));
    }
    data.addSeries(normal);
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            title,
            "standardised return",
            "density",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    XYPlot plot = RewardChart.whitePlot(chart);
    LogAxis log = new LogAxis("density (log)");
    log.setRange(1e-5, 1);
    plot.setRangeAxis(log);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, OURS);
    renderer.setSeriesPaint(1, reference == null ? NORMAL : REFERENCE);
    renderer.setSeriesPaint(2, NORMAL);
    plot.setRenderer(renderer);
    return chart;
  }

  /** A histogram of {@code z} on [-8, 8] in bins of 0.25, as a density; empty bins left out. */
  private static XYSeries density(String name, double[] z) {
    double width = 0.25;
    int bins = (int) (16 / width);
    long[] counts = new long[bins];
    for (double v : z) {
      int bin = (int) Math.floor((v + 8) / width);
      if (bin >= 0 && bin < bins) {
        counts[bin]++;
      }
    }
    XYSeries series = new XYSeries(name);
    for (int b = 0; b < bins; b++) {
      if (counts[b] > 0) {
        series.add(-8 + (b + 0.5) * width, counts[b] / (z.length * width));
      }
    }
    return series;
  }

  private static JFreeChart lags(String title, double[] ours, double[] reference) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(lagSeries("ours", ours));
    if (reference != null) {
      data.addSeries(lagSeries("reference", reference));
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            title, "lag", "autocorrelation", data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = RewardChart.whitePlot(chart);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, OURS);
    renderer.setSeriesPaint(1, REFERENCE);
    plot.setRenderer(renderer);
    return chart;
  }

  private static XYSeries lagSeries(String name, double[] acf) {
    XYSeries series = new XYSeries(name);
    for (int lag = 1; lag <= StylizedFacts.MAX_LAG && lag < acf.length; lag++) {
      series.add(lag, acf[lag]);
    }
    return series;
  }

  private static JFreeChart bars(String title, String axis, double[] ours, double[] reference) {
    XYSeriesCollection data = new XYSeriesCollection();
    if (ours != null) {
      data.addSeries(barSeries("ours", ours));
    }
    if (reference != null) {
      data.addSeries(barSeries("reference", reference));
    }
    JFreeChart chart =
        ChartFactory.createXYBarChart(
            title, axis, false, "share", data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = RewardChart.whitePlot(chart);
    XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setSeriesPaint(0, ours != null ? OURS : REFERENCE);
    renderer.setSeriesPaint(1, REFERENCE);
    return chart;
  }

  private static XYSeries barSeries(String name, double[] shares) {
    XYSeries series = new XYSeries(name);
    for (int i = 0; i < shares.length; i++) {
      series.add(i, shares[i]);
    }
    return series;
  }
}
