package org.wealtharena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.wealtharena.cli.config.DurationText;
import org.wealtharena.cli.report.RealismChart;
import org.wealtharena.market.realism.Fact;
import org.wealtharena.market.realism.RealismReport;
import org.wealtharena.market.realism.ReferenceBars;
import org.wealtharena.market.realism.StylizedFacts;
import org.wealtharena.market.replay.BarCsvReader;
import org.wealtharena.market.replay.BarFormatException;
import org.wealtharena.market.replay.BarSeries;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.sim.MarketSimulation;
import org.wealtharena.market.tape.Tape;
import org.wealtharena.market.tape.TapeCsv;
import org.wealtharena.market.tape.TapeFormatException;
import org.wealtharena.market.tape.TapeRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wealtharena realism}: the stylized facts of the simulated market (Cont 2001; Vyetrenko et
 * al. 2020) from tapes it reads or from sessions it runs itself, as a table (fact, measured value,
 * real-market range, pass or fail) and a PNG of the distributions behind them; with {@code
 * --reference}, the same facts of real bars beside ours.
 */
@Command(
    name = "realism",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Measure the stylized facts of real markets on the simulated market (from --tape"
            + " directories, or sessions run here) and print them against the ranges real markets"
            + " show; write their charts as a PNG.")
public final class RealismCommand implements Callable<Integer> {

  @Option(
      names = "--tape",
      paramLabel = "DIR",
      split = ",",
      description =
          "Tape directories written by simulate --tape, pooled; without it, --seeds sessions of"
              + " the embedded market's background flow are run here.")
  List<Path> tapes;

  @Option(
      names = "--seeds",
      defaultValue = "5",
      description = "Without --tape: sessions to run, seeds --seed, --seed+1, ... Default: 5.")
  int seeds;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Without --tape: the first session's seed. Default: 1.")
  long seed;

  @Option(
      names = "--duration",
      defaultValue = "6.5h",
      paramLabel = "TIME",
      description = "Without --tape: simulated time of each session. Default: 6.5h.")
  String duration;

  @Option(
      names = "--reference",
      paramLabel = "FILE|DIR",
      description =
          "Real bars (one CSV file, or a directory of them, Date,Open,High,Low,Close,Volume) whose"
              + " facts are computed at the bars' own frequency and shown beside ours.")
  Path reference;

  @Option(
      names = "--png",
      defaultValue = "realism.png",
      paramLabel = "FILE",
      description = "Where to write the charts. Default: realism.png.")
  Path png;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    StylizedFacts ours = StylizedFacts.perMinute();
    String source;
    if (tapes != null && !tapes.isEmpty()) {
      for (Path dir : tapes) {
        try {
          ours.addTape(TapeCsv.read(dir));
        } catch (TapeFormatException | UncheckedIOException e) {
          throw new CliException("--tape " + e.getMessage(), e);
        }
      }
      source = tapes.size() + " tape(s)";
    } else {
      if (seeds < 1) {
        throw new CliException("--seeds must be at least 1, got " + seeds);
      }
      long nanos =
          DurationText.parse(duration)
              .orElseThrow(
                  () ->
                      new CliException(
                          "--duration '" + duration + "' is not a positive duration like 6.5h"))
              .toNanos();
      for (int i = 0; i < seeds; i++) {
        MarketSimulation simulation =
            MarketSimulation.create(MarketConfig.defaultMarket(), seed + i);
        Tape tape = TapeRecorder.attach(simulation);
        simulation.advanceTo(nanos);
        ours.addTape(tape);
      }
      source =
          seeds
              + " session(s) of "
              + duration
              + " of the embedded market, seeds "
              + seed
              + "-"
              + (seed + seeds - 1);
    }
    RealismReport report = ours.report();
    RealismReport real = reference == null ? null : referenceReport();
    out.println("Stylized facts of " + source + ", " + report.series() + " symbol-sessions pooled");
    printTable(out, report, real);
    RealismChart.save(report, real, png);
    long failed = report.facts().stream().filter(f -> Boolean.FALSE.equals(f.pass())).count();
    out.println(
        (failed == 0
                ? "every fact within the real range"
                : failed + " fact(s) outside the real range")
            + "; charts: "
            + png);
    out.flush();
    return 0;
  }

  private RealismReport referenceReport() {
    List<Path> files;
    if (Files.isDirectory(reference)) {
      try (Stream<Path> listing = Files.list(reference)) {
        files =
            listing
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                .sorted()
                .toList();
      } catch (IOException e) {
        throw new CliException("--reference " + reference + ": " + e.getMessage(), e);
      }
      if (files.isEmpty()) {
        throw new CliException("--reference " + reference + ": no .csv files in the directory");
      }
    } else if (Files.isRegularFile(reference)) {
      files = List.of(reference);
    } else {
      throw new CliException("--reference " + reference + ": no such file or directory");
    }
    List<BarSeries> series = new ArrayList<>();
    for (Path file : files) {
      try {
        series.add(BarCsvReader.read(file));
      } catch (BarFormatException | UncheckedIOException e) {
        throw new CliException("--reference " + e.getMessage(), e);
      }
    }
    try {
      return ReferenceBars.facts(series).report();
    } catch (IllegalArgumentException e) {
      throw new CliException("--reference " + e.getMessage(), e);
    }
  }

  private static void printTable(PrintWriter out, RealismReport ours, RealismReport real) {
    String format = real == null ? "%-46s %-28s %-6s %s%n" : "%-46s %-28s %-6s %-28s %-6s %s%n";
    if (real == null) {
      out.printf(Locale.ROOT, format, "fact", "measured", "", "real markets");
    } else {
      out.printf(Locale.ROOT, format, "fact", "measured", "", "reference", "", "real markets");
    }
    for (int i = 0; i < ours.facts().size(); i++) {
      Fact f = ours.facts().get(i);
      if (real == null) {
        out.printf(Locale.ROOT, format, f.name(), f.measured(), f.verdict(), f.realRange());
      } else {
        Fact r = real.facts().get(i);
        out.printf(
            Locale.ROOT,
            format,
            f.name(),
            f.measured(),
            f.verdict(),
            r.measured(),
            r.verdict(),
            f.realRange());
      }
    }
  }
}
