package org.wealtharena.cli.report;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV text as RFC 4180 has it: CRLF line ends; fields with commas, quotes or line breaks quoted,
 * quotes doubled.
 */
public final class Csv {

  private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");

  private Csv() {}

  /** Header and rows, each line ended by CRLF. */
  public static String of(List<String> header, List<List<String>> rows) {
    StringBuilder text = new StringBuilder(line(header));
    rows.forEach(row -> text.append(line(row)));
    return text.toString();
  }

  static String line(List<String> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
  }

  static String field(String value) {
    return NEEDS_QUOTES.matcher(value).find() ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
