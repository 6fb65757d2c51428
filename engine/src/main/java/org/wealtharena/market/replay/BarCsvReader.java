package org.wealtharena.market.replay;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wealtharena.market.SimulationClock;

/**
 * Reads bar files through Jackson's CSV parser (quoted headers and fields): {@code
 * Date,Open,High,Low,Close,Volume}, Yahoo-style files with an {@code Adj Close} column, and
 * exporters' wider files. Columns are found by header name (case-insensitive, any order); the date
 * column may be called Date, Datetime, date_utc or timestamp (an ISO date, date-time with optional
 * offset, or epoch seconds or milliseconds); other columns are ignored.
 *
 * <p>The file must be UTF-8; a leading byte-order mark is skipped and CRLF line ends are read like
 * LF. Anything unusable (a non-UTF-8 byte, no header, a missing column or field, an unparsable
 * number or date, a non-positive price, High below Low, dates out of order or repeated) throws
 * {@link BarFormatException} naming the file, line, column and value. Missing business days and
 * missing intraday intervals are not errors (holidays exist) but are counted as gaps.
 */
public final class BarCsvReader {
  private static final String[] REQUIRED = {"Date", "Open", "High", "Low", "Close", "Volume"};
  private static final Set<String> DATE_NAMES = Set.of("date", "datetime", "date_utc", "timestamp");
  private static final Set<String> ADJ_CLOSE_NAMES = Set.of("adj close", "adj_close", "adjclose");

  /** Epoch values above this are milliseconds (it is 5138 AD in seconds). */
  private static final long EPOCH_MILLIS_FROM = 100_000_000_000L;

  private static final CsvMapper MAPPER = new CsvMapper();

  private BarCsvReader() {}

  public static BarSeries read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return parse(file.toString(), utf8(file.toString(), bytes));
  }

  /** Decodes strictly: a byte that is not UTF-8 is an error on its line. */
  private static String utf8(String source, byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      int line = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new BarFormatException(
          source,
          line,
          String.format(
              Locale.ROOT, "byte 0x%02X is not UTF-8 (save the file as UTF-8)", bytes[bad] & 0xFF));
    }
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Parses the text of a file; {@code source} names it in messages. */
  public static BarSeries parse(String source, String text) {
    List<Row> rows = rows(source, text);
    if (rows.isEmpty() || rows.get(0).fields().length == 0) {
      throw new BarFormatException(
          source, 1, "empty file, expected a header like Date,Open,High,Low,Close,Volume");
    }
    Columns columns = Columns.of(source, rows.get(0).fields());
    List<Bar> bars = new ArrayList<>();
    Boolean intraday = null;
    for (Row row : rows.subList(1, rows.size())) {
      if (row.isBlank()) {
        continue;
      }
      Bar bar = columns.bar(source, row);
      boolean hasTime = columns.hasTime(row);
      if (intraday == null) {
        intraday = hasTime;
      } else if (intraday != hasTime) {
        throw new BarFormatException(
            source, row.line(), "Date '" + columns.date(row) + "' mixes daily dates and times");
      }
      if (!bars.isEmpty() && !bar.start().isAfter(bars.get(bars.size() - 1).start())) {
        Bar previous = bars.get(bars.size() - 1);
        throw new BarFormatException(
            source,
            row.line(),
            "Date '"
                + columns.date(row)
                + "' "
                + (bar.start().equals(previous.start()) ? "repeats" : "is before")
                + " line "
                + previous.line()
                + "'s "
                + previous.start()
                + " (rows must be in time order, one per date)");
      }
      bars.add(bar);
    }
    if (bars.isEmpty()) {
      int after = rows.get(rows.size() - 1).line() + 1;
      throw new BarFormatException(source, after, "no data rows after the header");
    }
    boolean isIntraday = Boolean.TRUE.equals(intraday);
    Duration interval = isIntraday ? intradayInterval(source, bars) : null;
    long barNanos = isIntraday ? interval.toNanos() : SimulationClock.SESSION;
    return new BarSeries(source, bars, isIntraday, barNanos);
  }

  private record Row(int line, String[] fields) {
    boolean isBlank() {
      return Arrays.stream(fields).allMatch(String::isBlank);
    }
  }

  private static List<Row> rows(String source, String text) {
    List<Row> rows = new ArrayList<>();
    try (CsvParser parser = (CsvParser) MAPPER.createParser(text)) {
      List<String> fields = new ArrayList<>();
      int line = 1;
      // Without a schema every record is one array of strings.
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          fields.clear();
        } else if (token == JsonToken.END_ARRAY) {
          rows.add(new Row(line, fields.toArray(String[]::new)));
        } else {
          if (fields.isEmpty()) {
            line = parser.currentTokenLocation().getLineNr();
          }
          fields.add(parser.getText());
        }
      }
    } catch (IOException e) {
      throw new BarFormatException(source, lineOf(e), "not readable as CSV: " + e.getMessage());
    }
    return rows;
  }

  private static int lineOf(IOException e) {
    return e instanceof com.fasterxml.jackson.core.JsonProcessingException j
            && j.getLocation() != null
        ? j.getLocation().getLineNr()
        : 1;
  }

  /** The smallest spacing of two bars on the same day (1 minute if there is none). */
  private static Duration intradayInterval(String source, List<Bar> bars) {
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
    return smallest == null ? Duration.ofMinutes(1) : smallest;
  }

  /** Where each needed column sits in a row. */
  private record Columns(int[] index, int adjClose) {
    private static final int DATE = 0;
    private static final int OPEN = 1;
    private static final int HIGH = 2;
    private static final int LOW = 3;
    private static final int CLOSE = 4;
    private static final int VOLUME = 5;

    static Columns of(String source, String[] names) {
      int[] index = new int[REQUIRED.length];
      int adjClose = -1;
      Arrays.fill(index, -1);
      for (int c = 0; c < names.length; c++) {
        String name = names[c].trim().toLowerCase(Locale.ROOT);
        if (ADJ_CLOSE_NAMES.contains(name)) {
          adjClose = c;
        } else if (DATE_NAMES.contains(name)) {
          index[DATE] = c;
        }
        for (int r = DATE + 1; r < REQUIRED.length; r++) {
          if (name.equals(REQUIRED[r].toLowerCase(Locale.ROOT))) {
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
                  + REQUIRED[r]
                  + " column (expected Date,Open,High,Low,Close,Volume, optionally Adj Close;"
                  + " the date may be Date, date_utc or timestamp)");
        }
      }
      return new Columns(index, adjClose);
    }

    String date(Row row) {
      return field(row, DATE);
    }

    Bar bar(String source, Row row) {
      for (int r = 0; r < REQUIRED.length; r++) {
        if (index[r] >= row.fields().length) {
          throw new BarFormatException(
              source,
              row.line(),
              "no "
                  + REQUIRED[r]
                  + " field: the row has "
                  + row.fields().length
                  + " fields, "
                  + REQUIRED[r]
                  + " is column "
                  + (index[r] + 1));
        }
      }
      int line = row.line();
      LocalDateTime start = time(source, line, field(row, DATE));
      double o = positive(source, row, OPEN);
      double h = positive(source, row, HIGH);
      double l = positive(source, row, LOW);
      double c = positive(source, row, CLOSE);
      double v = number(source, row, VOLUME, field(row, VOLUME));
      if (v < 0) {
        throw new BarFormatException(source, line, "Volume must not be negative, was " + v);
      }
      if (h < l) {
        throw new BarFormatException(source, line, "High " + h + " is below Low " + l);
      }
      if (h < Math.max(o, c) || l > Math.min(o, c)) {
        throw new BarFormatException(
            source,
            line,
            "Open " + o + " and Close " + c + " must lie within Low..High (" + l + ".." + h + ")");
      }
      double scale = 1;
      if (adjClose >= 0) {
        if (adjClose >= row.fields().length) {
          throw new BarFormatException(source, line, "no Adj Close field");
        }
        scale = positive(source, line, "Adj Close", row.fields()[adjClose]) / c;
      }
      return new Bar(start, o * scale, h * scale, l * scale, c * scale, v, line);
    }

    boolean hasTime(Row row) {
      String text = field(row, DATE);
      return text.length() > 10;
    }

    private String field(Row row, int column) {
      return row.fields()[index[column]].trim();
    }

    private static LocalDateTime time(String source, int line, String text) {
      try {
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit) && text.length() > 8) {
          long epoch = Long.parseLong(text);
          Instant instant =
              epoch >= EPOCH_MILLIS_FROM
                  ? Instant.ofEpochMilli(epoch)
                  : Instant.ofEpochSecond(epoch);
          return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (text.length() == 10) {
          return LocalDate.parse(text).atStartOfDay();
        }
        String iso = text.replace(' ', 'T');
        try {
          return LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
          return OffsetDateTime.parse(iso).toLocalDateTime();
        }
      } catch (DateTimeParseException | NumberFormatException e) {
        throw new BarFormatException(
            source,
            line,
            "Date '"
                + text
                + "' is not yyyy-MM-dd, yyyy-MM-dd HH:mm[:ss][offset] or epoch seconds");
      }
    }

    private double positive(String source, Row row, int column) {
      return positive(source, row.line(), REQUIRED[column], field(row, column));
    }

    private static double positive(String source, int line, String column, String text) {
      double value = number(source, line, column, text);
      if (value <= 0) {
        throw new BarFormatException(source, line, column + " must be positive, was " + text);
      }
      return value;
    }

    private double number(String source, Row row, int column, String text) {
      return number(source, row.line(), REQUIRED[column], text);
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
  }
}
