package org.wealtharena.cli.report;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The performance profile of one group's policies (rliable): for every threshold tau, the share of
 * the policy's scores above tau, drawn as one step line per policy, saved as a PNG. A profile that
 * lies above another everywhere dominates it.
 */
public final class PerformanceProfileChart {

  private PerformanceProfileChart() {}

  public static byte[] png(
      ProtocolReport report, ProtocolReport.Group group, int width, int height) {
    return Png.of(chart(report, group), width, height);
  }

  /** The share of {@code scores} strictly above {@code tau}. */
  static double shareAbove(double[] scores, double tau) {
    long above = Arrays.stream(scores).filter(score -> score > tau).count();
    return above / (double) scores.length;
  }

  static JFreeChart chart(ProtocolReport report, ProtocolReport.Group group) {
    List<ProtocolReport.PolicyFigures> figures = report.figures(group);
    double[] thresholds =
        figures.stream()
            .flatMapToDouble(f -> Arrays.stream(f.scores()))
            .sorted()
            .distinct()
            .toArray();
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (ProtocolReport.PolicyFigures f : figures) {
      XYSeries series = new XYSeries(f.policy());
      // the share is a step function of tau that changes only at a score
      series.add(thresholds[0] - 1e-9, shareAbove(f.scores(), thresholds[0] - 1e-9));
      for (double tau : thresholds) {
        series.add(tau, shareAbove(f.scores(), tau));
      }
      dataset.addSeries(series);
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "Performance profile: " + group.coordination() + " on " + group.market(),
            "score threshold tau (" + report.unit() + " mean reward)",
            "share of " + report.unit() + "s with score > tau",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    XYPlot plot = RewardChart.whitePlot(chart);
    NumberAxis share = (NumberAxis) plot.getRangeAxis();
    share.setRange(0, 1.02);
    ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
    XYStepRenderer renderer = new XYStepRenderer();
    for (int i = 0; i < dataset.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, RewardChart.colour(i));
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(Font.BOLD, 16f));
    return chart;
  }
}
