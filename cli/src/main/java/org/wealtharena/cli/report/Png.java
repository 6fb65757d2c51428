package org.wealtharena.cli.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** A chart rendered into PNG bytes, for the caller to write atomically. */
final class Png {

  private Png() {}

  static byte[] of(JFreeChart chart, int width, int height) {
    // no display is needed, or wanted, to render into an image
    System.setProperty("java.awt.headless", "true");
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return png.toByteArray();
  }
}
