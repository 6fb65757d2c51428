package org.wealtharena.market.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The bar files of a replayed market, one symbol each, aligned: only the times every file has are
 * kept (within {@code from..to}, both inclusive), so bar {@code i} of every symbol is the same
 * date. What alignment dropped and the gaps each file had are reported once per symbol in {@link
 * #notes()}.
 *
 * @param names the symbols, from the file names (upper-cased, extension dropped), in symbol order
 */
public record BarUniverse(List<String> names, List<BarSeries> series, List<String> notes) {

  public BarUniverse {
    names = List.copyOf(names);
    series = List.copyOf(series);
    notes = List.copyOf(notes);
  }

  /**
   * The bar files of {@code path} by symbol: the file itself, or every {@code *.csv} file of a
   * directory, in the order of their symbols.
   *
   * @throws IllegalArgumentException for a missing path, a directory without csv files, or two
   *     files of one symbol
   */
  public static Map<String, Path> files(Path path) {
    Map<String, Path> bySymbol = new LinkedHashMap<>();
    for (Path file : list(path)) {
      Path other = bySymbol.put(symbolOf(file), file);
      if (other != null) {
        throw new IllegalArgumentException(
            path
                + ": "
                + other.getFileName()
                + " and "
                + file.getFileName()
                + " are both symbol "
                + symbolOf(file));
      }
    }
    return bySymbol;
  }

  /** Reads every file of {@link #files(Path)}, aligned as {@link #align} does. */
  public static BarUniverse read(Path path, LocalDate from, LocalDate to) {
    return read(files(path), from, to);
  }

  /**
   * Reads bar files, one per symbol, and aligns them as {@link #align} does.
   *
   * @throws BarFormatException for a malformed file, or when nothing is left after alignment
   * @throws IllegalArgumentException for files of different bar intervals
   */
  public static BarUniverse read(Map<String, Path> files, LocalDate from, LocalDate to) {
    List<BarSeries> series = new ArrayList<>();
    for (Path file : files.values()) {
      series.add(BarCsvReader.read(file));
    }
    return align(List.copyOf(files.keySet()), series, from, to);
  }

  /** Aligns already read series; see the class comment. */
  public static BarUniverse align(
      List<String> names, List<BarSeries> series, LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the range ends (" + to + ") before it starts (" + from + ")");
    }
    BarSeries first = series.get(0);
    for (BarSeries s : series) {
      if (s.barNanos() != first.barNanos() || s.intraday() != first.intraday()) {
        throw new IllegalArgumentException(
            s.source()
                + " has bars of "
                + describe(s)
                + " but "
                + first.source()
                + " of "
                + describe(first)
                + "; replay files of one bar interval");
      }
    }
    Set<LocalDateTime> common = null;
    for (BarSeries s : series) {
      Set<LocalDateTime> times = new HashSet<>();
      for (Bar bar : s.bars()) {
        if (inRange(bar, from, to)) {
          times.add(bar.start());
        }
      }
      if (common == null) {
        common = times;
      } else {
        common.retainAll(times);
      }
    }
    List<BarSeries> aligned = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      BarSeries s = series.get(i);
      List<Bar> inRange = new ArrayList<>();
      List<Bar> kept = new ArrayList<>();
      for (Bar bar : s.bars()) {
        if (inRange(bar, from, to)) {
          inRange.add(bar);
          if (common.contains(bar.start())) {
            kept.add(bar);
          }
        }
      }
      int outside = s.bars().size() - inRange.size();
      int dropped = inRange.size() - kept.size();
      long gaps = inRange.isEmpty() ? 0 : s.withBars(inRange).gaps();
      if (kept.isEmpty()) {
        throw new BarFormatException(
            s.source(),
            s.bars().get(0).line(),
            "no bar left to replay"
                + (outside > 0 ? " in " + range(from, to) : "")
                + (dropped > 0 ? " on the dates every file has" : ""));
      }
      if (gaps > 0 || dropped > 0) {
        notes.add(
            names.get(i)
                + " ("
                + s.source()
                + "): "
                + gaps
                + (s.intraday()
                    ? " missing business days or intervals, "
                    : " missing business days, ")
                + dropped
                + " bars dropped because another file lacks their time");
      }
      aligned.add(s.withBars(kept));
    }
    return new BarUniverse(names, aligned, notes);
  }

  /** Simulated time the aligned bars span. */
  public long durationNanos() {
    BarSeries s = series.get(0);
    return s.bars().size() * s.barNanos();
  }

  private static boolean inRange(Bar bar, LocalDate from, LocalDate to) {
    LocalDate date = bar.start().toLocalDate();
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  private static String range(LocalDate from, LocalDate to) {
    return (from == null ? "the start" : from) + ".." + (to == null ? "the end" : to);
  }

  private static String describe(BarSeries s) {
    return s.intraday() ? java.time.Duration.ofNanos(s.barNanos()).toString() : "one day";
  }

  private static List<Path> list(Path path) {
    if (!Files.isDirectory(path)) {
      if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
        throw new IllegalArgumentException(path + ": no such readable file or directory");
      }
      return List.of(path);
    }
    try (Stream<Path> listing = Files.list(path)) {
      List<Path> files =
          listing
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(BarUniverse::symbolOf).thenComparing(Path::toString))
              .toList();
      if (files.isEmpty()) {
        throw new IllegalArgumentException(path + ": no .csv files in the directory");
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  /** The symbol a file replays: its name without the extension, upper-cased. */
  public static String symbolOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).toUpperCase(Locale.ROOT);
  }
}
