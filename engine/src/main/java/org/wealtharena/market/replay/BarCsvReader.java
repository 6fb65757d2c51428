package org.wealtharena.market.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wealtharena.market.SimulationClock;

/**
 * Reads {@code Date,Open,High,Low,Close,Volume} bar files, Yahoo-style files with an extra {@code
 * Adj Close} column, and intraday files whose first column is a date-time ({@code 2024-01-02
 * 09:30:00}, ISO {@code T} form, optional UTC offset). Columns are found by header name, in any
 * order.
 *
 * <p>Anything unusable (bad header, wrong field count, unparsable number or date, a non-positive
 * price, High below Low, dates out of order) throws {@link BarFormatException} naming the file and
 * line. Missing business days and missing intraday intervals are not errors (holidays exist) but
 * are returned as warnings so the caller can report them.
 */
public final class BarCsvReader {
  private static final String[] REQUIRED = {"date", "open", "high", "low", "close", "volume"};

  private BarCsvReader() {}

  public static BarSeries read(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Parses the lines of a file; {@code source} names it in messages. */
  public static BarSeries parse(String source, List<String> lines) {
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new BarFormatException(
          source, 1, "empty file, expected a header like " + "Date,Open,High,Low,Close,Volume");
    }
    Columns columns = Columns.of(source, lines.get(0));
    List<Bar> bars = new ArrayList<>();
    Boolean intraday = null;
    for (int i = 1; i < lines.size(); i++) {
      String text = lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      int line = i + 1;
      Bar bar = columns.bar(source, line, text);
      boolean hasTime = columns.hasTime(text);
      if (intraday == null) {
        intraday = hasTime;
      } else if (intraday != hasTime) {
        throw new BarFormatException(source, line, "mixes daily dates and intraday times");
      }
      if (!bars.isEmpty() && !bar.start().isAfter(bars.get(bars.size() - 1).start())) {
        throw new BarFormatException(
            source,
            line,
            "time "
                + bar.start()
                + " is not after the previous row's "
                + bars.get(bars.size() - 1).start());
      }
      bars.add(bar);
    }
    if (bars.isEmpty()) {
      throw new BarFormatException(source, lines.size() + 1, "no data rows after the header");
    }
    List<String> warnings = new ArrayList<>();
    long barNanos = SimulationClock.SESSION;
    if (Boolean.TRUE.equals(intraday)) {
      Duration interval = intradayInterval(bars);
      if (interval == null) {
        interval = Duration.ofMinutes(1);
        warnings.add(source + ": no two bars on the same day, assuming 1 minute bars");
      }
      barNanos = interval.toNanos();
      findGaps(source, bars, interval, warnings);
    } else {
      findGaps(source, bars, null, warnings);
    }
    return new BarSeries(source, bars, Boolean.TRUE.equals(intraday), barNanos, warnings);
  }

  /** The smallest spacing of two bars on the same day, or null if there is none. */
  private static Duration intradayInterval(List<Bar> bars) {
    Duration smallest = null;
    for (int i = 1; i < bars.size(); i++) {
      LocalDateTime a = bars.get(i - 1).start();
      LocalDateTime b = bars.get(i).start();
      if (a.toLocalDate().equals(b.toLocalDate())) {
        Duration d = Duration.between(a, b);
        if (smallest == null || d.compareTo(smallest) < 0) {
          smallest = d;
        }
      }
    }
    return smallest;
  }

  private static void findGaps(String source, List<Bar> bars, Duration interval, List<String> out) {
    for (int i = 1; i < bars.size(); i++) {
      Bar previous = bars.get(i - 1);
      Bar bar = bars.get(i);
      LocalDate from = previous.start().toLocalDate();
      LocalDate to = bar.start().toLocalDate();
      long missingDays = businessDaysBetween(from, to);
      if (missingDays > 0) {
        out.add(
            source
                + ":"
                + bar.line()
                + ": "
                + missingDays
                + " business day(s) missing between "
                + from
                + " and "
                + to);
      }
      if (interval != null && from.equals(to)) {
        long steps = Duration.between(previous.start(), bar.start()).toNanos() / interval.toNanos();
        if (steps > 1) {
          out.add(
              source
                  + ":"
                  + bar.line()
                  + ": "
                  + (steps - 1)
                  + " interval(s) missing between "
                  + previous.start()
                  + " and "
                  + bar.start());
        }
      }
    }
  }

  /** Weekdays strictly between two dates. */
  private static long businessDaysBetween(LocalDate from, LocalDate to) {
    long count = 0;
    for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        count++;
      }
    }
    return count;
  }

  /** Where each needed column sits in a row. */
  private record Columns(
      int count, int date, int open, int high, int low, int close, int adjClose, int volume) {

    static Columns of(String source, String header) {
      String[] names = header.replace("\uFEFF", "").split(",", -1);
      int[] index = new int[REQUIRED.length];
      int adjClose = -1;
      Arrays.fill(index, -1);
      for (int c = 0; c < names.length; c++) {
        String name = names[c].trim().toLowerCase(Locale.ROOT);
        if (name.equals("adj close") || name.equals("adj_close") || name.equals("adjclose")) {
          adjClose = c;
        } else if (name.equals("datetime") || name.equals("timestamp")) {
          index[0] = c;
        }
        for (int r = 0; r < REQUIRED.length; r++) {
          if (name.equals(REQUIRED[r])) {
            index[r] = c;
          }
        }
      }
      for (int r = 0; r < REQUIRED.length; r++) {
        if (index[r] < 0) {
          throw new BarFormatException(
              source,
              1,
              "header has no "
                  + capitalised(REQUIRED[r])
                  + " column (expected Date,Open,High,Low,Close,Volume, optionally Adj Close)");
        }
      }
      return new Columns(
          names.length, index[0], index[1], index[2], index[3], index[4], adjClose, index[5]);
    }

    Bar bar(String source, int line, String text) {
      String[] f = text.split(",", -1);
      if (f.length != count) {
        throw new BarFormatException(
            source, line, "expected " + count + " fields like the header, found " + f.length);
      }
      LocalDateTime start = time(source, line, f[date].trim());
      double o = positive(source, line, "Open", f[open]);
      double h = positive(source, line, "High", f[high]);
      double l = positive(source, line, "Low", f[low]);
      double c = positive(source, line, "Close", f[close]);
      double v = number(source, line, "Volume", f[volume]);
      if (v < 0) {
        throw new BarFormatException(source, line, "Volume must not be negative, was " + v);
      }
      if (h < l) {
        throw new BarFormatException(source, line, "High " + h + " is below Low " + l);
      }
      if (h < Math.max(o, c) || l > Math.min(o, c)) {
        throw new BarFormatException(
            source, line, "Open and Close must lie within Low..High (" + l + ".." + h + ")");
      }
      double scale = adjClose < 0 ? 1 : positive(source, line, "Adj Close", f[adjClose]) / c;
      return new Bar(start, o * scale, h * scale, l * scale, c * scale, v, line);
    }

    boolean hasTime(String text) {
      return text.split(",", -1)[date].trim().length() > 10;
    }

    private static LocalDateTime time(String source, int line, String text) {
      try {
        if (text.length() == 10) {
          return LocalDate.parse(text).atStartOfDay();
        }
        String iso = text.replace(' ', 'T');
        try {
          return LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
          return OffsetDateTime.parse(iso).toLocalDateTime();
        }
      } catch (DateTimeParseException e) {
        throw new BarFormatException(
            source, line, "Date '" + text + "' is not yyyy-MM-dd or yyyy-MM-dd HH:mm[:ss]");
      }
    }

    private static double positive(String source, int line, String column, String text) {
      double value = number(source, line, column, text);
      if (value <= 0) {
        throw new BarFormatException(source, line, column + " must be positive, was " + value);
      }
      return value;
    }

    private static double number(String source, int line, String column, String text) {
      try {
        double value = Double.parseDouble(text.trim());
        if (Double.isFinite(value)) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new BarFormatException(source, line, column + " '" + text.trim() + "' is not a number");
    }

    private static String capitalised(String name) {
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
  }
}
