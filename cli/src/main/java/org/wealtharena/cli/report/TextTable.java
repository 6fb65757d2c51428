package org.wealtharena.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal: padded columns, a rule under the header; numbers
 * right-aligned.
 */
public final class TextTable {

  private TextTable() {}

  public static String of(List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "row " + row + " has " + row.size() + " cells, the header " + header.size());
      }
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    appendRow(text, header, widths, rows);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    appendRow(text, rule, widths, rows);
    rows.forEach(row -> appendRow(text, row, widths, rows));
    return text.toString();
  }

  private static void appendRow(
      StringBuilder text, List<String> cells, int[] widths, List<List<String>> rows) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      String cell = cells.get(i);
      String padding = " ".repeat(widths[i] - cell.length());
      line.append(isNumericColumn(rows, i) ? padding + cell : cell + padding);
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }

  /** A column is numeric when every body cell starts like a number (so "1.5 ± 0.2" counts). */
  private static boolean isNumericColumn(List<List<String>> rows, int column) {
    return !rows.isEmpty() && rows.stream().allMatch(row -> row.get(column).matches("[-+]?\\d.*"));
  }
}
