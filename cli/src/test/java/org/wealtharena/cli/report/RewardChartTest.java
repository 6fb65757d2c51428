package org.wealtharena.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class RewardChartTest {

  /** Three learning-curve-shaped series over 40 iterations. */
  static Map<String, double[]> curves() {
    Map<String, double[]> curves = new LinkedHashMap<>();
    curves.put(
        "hierarchical",
        IntStream.range(0, 40)
            .mapToDouble(i -> 5 - 4 * Math.exp(-i / 8.0) + 0.3 * Math.sin(i))
            .toArray());
    curves.put(
        "centralized",
        IntStream.range(0, 40)
            .mapToDouble(i -> 4 - 5 * Math.exp(-i / 12.0) + 0.3 * Math.cos(1.3 * i))
            .toArray());
    curves.put(
        "decentralized",
        IntStream.range(0, 40)
            .mapToDouble(i -> 2 - 3 * Math.exp(-i / 20.0) + 0.4 * Math.sin(0.7 * i))
            .toArray());
    return curves;
  }

  @Test
  void drawsAPngOfTheRequestedSize() throws Exception {
    byte[] png = RewardChart.png(curves(), 900, 500);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("decodes as an image").isNotNull();
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(image.getHeight()).isEqualTo(500);
  }

  @Test
  void oneSeriesPerRunInOrder() {
    JFreeChart chart = RewardChart.chart(curves());

    var dataset = chart.getXYPlot().getDataset();
    assertThat(dataset.getSeriesCount()).isEqualTo(3);
    assertThat(dataset.getSeriesKey(0).toString()).isEqualTo("hierarchical");
    assertThat(dataset.getItemCount(2)).isEqualTo(40);
    assertThat(dataset.getXValue(0, 0)).isEqualTo(1);
  }
}
