package org.wealtharena.market.tape;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wealtharena.market.book.Side;

/**
 * A {@link Tape} as three CSV files in one directory (UTF-8, comma-separated, one header line, no
 * quoting needed: names are plain), the schema of {@code docs/market.md}:
 *
 * <ul>
 *   <li>{@code venues.csv}: {@code venue,tick,maker_fee,taker_fee}, dollars (fees per share);
 *   <li>{@code quotes.csv}: {@code time_ns,venue,symbol,bid,bid_size,ask,ask_size}, one row per
 *       venue and symbol every simulated second, prices in dollars, an empty side with empty price
 *       and size 0;
 *   <li>{@code trades.csv}: {@code time_ns,venue,symbol,price,quantity,aggressor}, every trade in
 *       the order it happened, aggressor {@code buy} or {@code sell}.
 * </ul>
 *
 * Prices are written exactly (micro-dollar resolution); reading gives back the same tape.
 */
public final class TapeCsv {
  public static final String VENUES = "venues.csv";
  public static final String QUOTES = "quotes.csv";
  public static final String TRADES = "trades.csv";
  static final String VENUES_HEADER = "venue,tick,maker_fee,taker_fee";
  static final String QUOTES_HEADER = "time_ns,venue,symbol,bid,bid_size,ask,ask_size";
  static final String TRADES_HEADER = "time_ns,venue,symbol,price,quantity,aggressor";

  private TapeCsv() {}

  /** Writes {@code tape} into {@code dir} (created if needed), replacing the files there. */
  public static void write(Tape tape, Path dir) {
    try {
      Files.createDirectories(dir);
      try (Writer out = Files.newBufferedWriter(dir.resolve(VENUES), StandardCharsets.UTF_8)) {
        out.write(VENUES_HEADER + "\n");
        for (int v = 0; v < tape.venues().size(); v++) {
          StringBuilder row = new StringBuilder(tape.venues().get(v)).append(',');
          dollars(row, tape.tickMicros(v)).append(',');
          dollars(row, tape.makerFeeMicros(v)).append(',');
          dollars(row, tape.takerFeeMicros(v)).append('\n');
          out.write(row.toString());
        }
      }
      try (BufferedWriter out =
          Files.newBufferedWriter(dir.resolve(QUOTES), StandardCharsets.UTF_8)) {
        out.write(QUOTES_HEADER + "\n");
        StringBuilder row = new StringBuilder(96);
        for (int i = 0; i < tape.snapshots(); i++) {
          for (int v = 0; v < tape.venues().size(); v++) {
            for (int s = 0; s < tape.symbols().size(); s++) {
              row.setLength(0);
              row.append(tape.snapshotTime(i)).append(',').append(tape.venues().get(v));
              row.append(',').append(tape.symbols().get(s)).append(',');
              price(row, tape.bidMicros(v, s, i)).append(',').append(tape.bidShares(v, s, i));
              row.append(',');
              price(row, tape.askMicros(v, s, i)).append(',').append(tape.askShares(v, s, i));
              out.append(row).append('\n');
            }
          }
        }
      }
      try (BufferedWriter out =
          Files.newBufferedWriter(dir.resolve(TRADES), StandardCharsets.UTF_8)) {
        out.write(TRADES_HEADER + "\n");
        StringBuilder row = new StringBuilder(96);
        for (int i = 0; i < tape.trades(); i++) {
          row.setLength(0);
          row.append(tape.tradeTime(i)).append(',').append(tape.venues().get(tape.tradeVenue(i)));
          row.append(',').append(tape.symbols().get(tape.tradeSymbol(i))).append(',');
          dollars(row, tape.tradePriceMicros(i)).append(',').append(tape.tradeQuantity(i));
          row.append(',').append(tape.tradeAggressor(i) == Side.BUY ? "buy" : "sell");
          out.append(row).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot write the tape: " + e.getMessage(), e);
    }
  }

  private static StringBuilder price(StringBuilder row, long micros) {
    return micros == Tape.NO_PRICE ? row : dollars(row, micros);
  }

  /** Micro-dollars as an exact decimal dollar amount: 190.01, -0.002, 0.0001. */
  static StringBuilder dollars(StringBuilder row, long micros) {
    if (micros < 0) {
      row.append('-');
      micros = -micros;
    }
    row.append(micros / 1_000_000);
    long fraction = micros % 1_000_000;
    if (fraction != 0) {
      String digits = Long.toString(1_000_000 + fraction).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      row.append('.').append(digits, 0, end);
    }
    return row;
  }

  /**
   * Reads a tape directory written by {@link #write}.
   *
   * @throws TapeFormatException naming {@code file:line}, the column and the value, for anything
   *     that does not follow the schema
   */
  public static Tape read(Path dir) {
    List<String[]> venueRows = rows(dir.resolve(VENUES), VENUES_HEADER);
    List<String> venues = new ArrayList<>();
    long[] ticks = new long[venueRows.size()];
    long[] makerFees = new long[venueRows.size()];
    long[] takerFees = new long[venueRows.size()];
    Path venueFile = dir.resolve(VENUES);
    for (int i = 0; i < venueRows.size(); i++) {
      String[] f = venueRows.get(i);
      int line = i + 2;
      venues.add(f[0]);
      ticks[i] = micros(venueFile, line, "tick", f[1]);
      makerFees[i] = micros(venueFile, line, "maker_fee", f[2]);
      takerFees[i] = micros(venueFile, line, "taker_fee", f[3]);
      if (ticks[i] <= 0) {
        throw new TapeFormatException(venueFile, line, "tick '" + f[1] + "' must be positive");
      }
    }
    if (venues.isEmpty()) {
      throw new TapeFormatException(venueFile, 1, "no venues after the header");
    }
    Path quoteFile = dir.resolve(QUOTES);
    List<String[]> quoteRows = rows(quoteFile, QUOTES_HEADER);
    Map<String, Integer> symbolIndex = new LinkedHashMap<>();
    for (String[] f : quoteRows) {
      symbolIndex.putIfAbsent(f[2], symbolIndex.size());
    }
    Tape tape = new Tape(venues, List.copyOf(symbolIndex.keySet()), ticks, makerFees, takerFees);
    int perSnapshot = venues.size() * symbolIndex.size();
    for (int i = 0; i < quoteRows.size(); i++) {
      String[] f = quoteRows.get(i);
      int line = i + 2;
      long time = integer(quoteFile, line, "time_ns", f[0]);
      if (i % perSnapshot == 0) {
        tape.beginSnapshot(time);
      } else if (time != integer(quoteFile, line - 1, "time_ns", quoteRows.get(i - 1)[0])) {
        throw new TapeFormatException(
            quoteFile,
            line,
            "time_ns "
                + time
                + " starts a new snapshot before every venue and symbol of the last one ("
                + perSnapshot
                + " rows per second)");
      }
      tape.quote(
          venue(quoteFile, line, venues, f[1]),
          symbolIndex.get(f[2]),
          f[3].isEmpty() ? Tape.NO_PRICE : micros(quoteFile, line, "bid", f[3]),
          integer(quoteFile, line, "bid_size", f[4]),
          f[5].isEmpty() ? Tape.NO_PRICE : micros(quoteFile, line, "ask", f[5]),
          integer(quoteFile, line, "ask_size", f[6]));
    }
    if (quoteRows.size() % perSnapshot != 0) {
      throw new TapeFormatException(
          quoteFile, quoteRows.size() + 1, "the last snapshot is missing rows");
    }
    Path tradeFile = dir.resolve(TRADES);
    List<String[]> tradeRows = rows(tradeFile, TRADES_HEADER);
    for (int i = 0; i < tradeRows.size(); i++) {
      String[] f = tradeRows.get(i);
      int line = i + 2;
      Integer symbol = symbolIndex.get(f[2]);
      if (symbol == null) {
        throw new TapeFormatException(
            tradeFile, line, "symbol '" + f[2] + "' has no quotes in " + QUOTES);
      }
      Side aggressor =
          switch (f[5]) {
            case "buy" -> Side.BUY;
            case "sell" -> Side.SELL;
            default ->
                throw new TapeFormatException(
                    tradeFile, line, "aggressor '" + f[5] + "' is not buy or sell");
          };
      tape.trade(
          integer(tradeFile, line, "time_ns", f[0]),
          venue(tradeFile, line, venues, f[1]),
          symbol,
          micros(tradeFile, line, "price", f[3]),
          integer(tradeFile, line, "quantity", f[4]),
          aggressor);
    }
    return tape;
  }

  private static List<String[]> rows(Path file, String header) {
    int columns = header.split(",").length;
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first == null || !first.equals(header)) {
        throw new TapeFormatException(
            file, 1, "header '" + first + "' is not the expected '" + header + "'");
      }
      int line = 1;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        String[] fields = text.split(",", -1);
        if (fields.length != columns) {
          throw new TapeFormatException(
              file, line, fields.length + " fields, expected " + columns + " (" + header + ")");
        }
        rows.add(fields);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new TapeFormatException(file, 0, "no such file in the tape directory");
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new TapeFormatException(file, 0, "not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return rows;
  }

  private static int venue(Path file, int line, List<String> venues, String name) {
    int v = venues.indexOf(name);
    if (v < 0) {
      throw new TapeFormatException(file, line, "venue '" + name + "' is not in " + VENUES);
    }
    return v;
  }

  private static long integer(Path file, int line, String column, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new TapeFormatException(file, line, column + " '" + text + "' is not an integer");
    }
  }

  private static long micros(Path file, int line, String column, String text) {
    try {
      return new BigDecimal(text).movePointRight(6).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new TapeFormatException(
          file, line, column + " '" + text + "' is not a dollar amount with at most 6 decimals");
    }
  }
}
