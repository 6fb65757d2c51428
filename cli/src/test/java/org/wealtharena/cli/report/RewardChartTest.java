package org.wealtharena.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class RewardChartTest {

  /** Three learning-curve-shaped series over 40 iterations, one run each. */
  static Map<String, List<double[]>> curves() {
    Map<String, List<double[]>> curves = new LinkedHashMap<>();
    curves.put(
        "hierarchical",
        List.of(
            IntStream.range(0, 40)
                .mapToDouble(i -> 5 - 4 * Math.exp(-i / 8.0) + 0.3 * Math.sin(i))
                .toArray()));
    curves.put(
        "centralized",
        List.of(
            IntStream.range(0, 40)
                .mapToDouble(i -> 4 - 5 * Math.exp(-i / 12.0) + 0.3 * Math.cos(1.3 * i))
                .toArray()));
    curves.put(
        "decentralized",
        List.of(
            IntStream.range(0, 40)
                .mapToDouble(i -> 2 - 3 * Math.exp(-i / 20.0) + 0.4 * Math.sin(0.7 * i))
                .toArray()));
    return curves;
  }

  @Test
  void drawsAPngOfTheRequestedSize() throws Exception {
    byte[] png = RewardChart.png(curves(), 0.95, 900, 500);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("decodes as an image").isNotNull();
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(image.getHeight()).isEqualTo(500);
  }

  @Test
  void oneSeriesPerRunInOrder() {
    JFreeChart chart = RewardChart.chart(curves(), 0.95);

    var dataset = chart.getXYPlot().getDataset();
    assertThat(dataset.getSeriesCount()).isEqualTo(3);
    assertThat(dataset.getSeriesKey(0).toString()).isEqualTo("hierarchical");
    assertThat(dataset.getItemCount(2)).isEqualTo(40);
    assertThat(dataset.getXValue(0, 0)).isEqualTo(1);
  }

  @Test
  void severalRunsGiveTheirMeanWithABandAroundIt() {
    Map<String, List<double[]>> runs =
        Map.of(
            "hierarchical", List.of(new double[] {1, 2}, new double[] {3, 2}, new double[] {5, 2}));

    var dataset =
        (org.jfree.data.xy.YIntervalSeriesCollection)
            RewardChart.chart(runs, 0.95).getXYPlot().getDataset();

    assertThat(dataset.getYValue(0, 0)).isEqualTo(3);
    assertThat(dataset.getStartYValue(0, 0)).isLessThan(3).isGreaterThanOrEqualTo(1);
    assertThat(dataset.getEndYValue(0, 0)).isGreaterThan(3).isLessThanOrEqualTo(5);
    // runs that agree leave no band
    assertThat(dataset.getStartYValue(0, 1)).isEqualTo(2);
    assertThat(dataset.getEndYValue(0, 1)).isEqualTo(2);
  }
}
