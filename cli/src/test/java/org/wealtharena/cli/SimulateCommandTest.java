package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

  /** Exit code, stdout and stderr of one in-process run. */
  record Run(int exitCode, String out, String err) {
    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(out);
    }
  }

  /**
   * {@code simulate} with {@code args}, its endpoints (in every mode but the market alone) on free
   * ports.
   */
  static Run simulate(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    List<String> full = new ArrayList<>(List.of("simulate"));
    full.addAll(List.of(args));
    full.addAll(List.of(CliRun.FREE_PORTS));
    int code = cli.execute(full.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void sameSeedGivesTheSameFillsDigestAndAnotherSeedAnother() throws IOException {
    JsonNode first =
        simulate("--agents", "none", "--seed", "7", "--duration", "20m", "--json").json();
    JsonNode again =
        simulate("--agents", "none", "--seed", "7", "--duration", "20m", "--json").json();
    JsonNode other =
        simulate("--agents", "none", "--seed", "8", "--duration", "20m", "--json").json();

    assertThat(first.get("fillsDigest").asText())
        .matches("[0-9a-f]{64}")
        .isEqualTo(again.get("fillsDigest").asText())
        .isNotEqualTo(other.get("fillsDigest").asText());
    assertThat(first.get("eventsProcessed").asLong())
        .isEqualTo(again.get("eventsProcessed").asLong());
  }

  @Test
  void jsonSummaryHasTheAgreedFields() throws IOException {
    Run run =
        simulate(
            "--agents",
            "none",
            "--seed",
            "7",
            "--duration",
            "90s",
            "--symbols",
            "AAPL,NVDA",
            "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("symbols").toString()).isEqualTo("[\"AAPL\",\"NVDA\"]");
    assertThat(json.get("venues").toString()).isEqualTo("[\"NASDAQ\",\"NYSE\"]");
    assertThat(json.get("simulatedSeconds").asDouble()).isEqualTo(90.0);
    assertThat(json.get("eventsProcessed").asLong()).isPositive();
    assertThat(json.get("fills").asLong()).isPositive();
    assertThat(json.get("wallSeconds").asDouble()).isPositive();
    assertThat(json.get("eventsPerSecond").asDouble()).isPositive();
    assertThat(json.has("fillsDigest")).isTrue();
  }

  @Test
  void withoutJsonPrintsATable() {
    Run run = simulate("--agents", "none", "--duration", "30s", "--symbols", "MSFT");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("symbol", "MSFT   NASDAQ", "MSFT   NYSE", "fills digest");
  }

  @Test
  void anUnknownTeamIsOneLineAndExitTwo() {
    Run run = simulate("--agents", "hierarchical", "--duration", "1s");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "--agents hierarchical: unknown agent 'hierarchical'"
                + " (use none, or a comma list of mm, arb, portfolio, risk)");
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badCoordinationInputIsOneLineAndExitTwo() {
    for (String[] args :
        new String[][] {
          {"--coordination", "anarchic", "--duration", "1m"},
          {"--coordination", "centralized", "--agents", "none"},
          {"--coordination", "centralized", "--episodes", "0"},
          {"--coordination", "centralized", "--threads", "0"}
        }) {
      Run run = simulate(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
    }
  }

  @Test
  void theTeamSummaryIsTheSameOnOneThreadAndOnTwo() throws IOException {
    for (String type : new String[] {"hierarchical", "centralized", "decentralized"}) {
      JsonNode one =
          simulate(
                  "--coordination",
                  type,
                  "--seed",
                  "5",
                  "--duration",
                  "2m",
                  "--episodes",
                  "4",
                  "--threads",
                  "1",
                  "--json")
              .json();
      JsonNode two =
          simulate(
                  "--coordination",
                  type,
                  "--seed",
                  "5",
                  "--duration",
                  "2m",
                  "--episodes",
                  "4",
                  "--threads",
                  "2",
                  "--json")
              .json();
      for (JsonNode json : new JsonNode[] {one, two}) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) json)
            .remove(java.util.List.of("wallSeconds", "meanStepMicros"));
      }
      assertThat(two).as(type).isEqualTo(one);
      assertThat(one.get("episodeResults")).hasSize(4);
      assertThat(one.get("episodeResults").get(0).get("seed").asLong())
          .isNotEqualTo(one.get("episodeResults").get(1).get("seed").asLong());
    }
  }

  @Test
  void theTeamSummaryHasAgentsTeamConflictsEfficiencyAndCommunications() throws IOException {
    Run run =
        simulate("--coordination", "decentralized", "--seed", "3", "--duration", "10m", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("coordination").asText()).isEqualTo("decentralized");
    assertThat(json.get("agents"))
        .extracting(a -> a.get("agentId").asText())
        .containsExactly("mm-1", "arb-1", "portfolio-1");
    for (String field : new String[] {"pnlDollars", "reward", "capitalDollars"}) {
      assertThat(json.get("team").has(field)).as(field).isTrue();
      assertThat(json.get("agents").get(1).has(field)).as(field).isTrue();
    }
    assertThat(json.get("performance"))
        .extracting(g -> g.get("group").asText())
        .containsExactly("all", "market_maker", "arbitrage", "portfolio");
    // one episode: win rate and return, but no Sharpe ratio
    assertThat(json.get("performance").get(0).get("sharpe").isNull()).isTrue();
    assertThat(json.get("performance").get(0).get("winRate").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.get("team").get("agentId").asText()).isEqualTo("all");
    assertThat(json.get("conflicts").fieldNames())
        .toIterable()
        .containsExactly(
            "capital_oversubscription", "opposing_orders", "risk_budget_exceeded", "self_trade");
    assertThat(json.get("efficiency").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.get("communications").get("total").asLong())
        .isEqualTo(
            json.get("communications").get("byType").get("intent").asLong()
                + json.get("communications").get("byType").get("veto").asLong()
                + json.get("communications").get("byType").get("allocation").asLong()
                + json.get("communications").get("byType").get("fill_report").asLong());
  }

  @Test
  void theTeamTableNamesEveryAgent() {
    Run run = simulate("--coordination", "hierarchical", "--duration", "1m");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("hierarchical coordination", "mm-1", "arb-1", "portfolio-1", "all", "efficiency");
  }

  @Test
  void theCoordinatedTeamServesBothEndpointsAndLingersLikeEveryOtherMode() {
    Run run = simulate("--coordination", "centralized", "--duration", "1m", "--linger", "1ms");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).filteredOn(l -> l.startsWith("metrics: http")).hasSize(2);
    assertThat(run.out())
        .contains("lingering: serving metrics for 1 ms", "centralized coordination");
  }

  @Test
  void badDurationsAreOneLineErrors() {
    for (String bad : new String[] {"-5m", "0s", "soon", "10x"}) {
      Run run = simulate("--duration", bad);
      assertThat(run.exitCode()).as(bad).isEqualTo(2);
      assertThat(run.err()).as(bad).contains("--duration");
      assertThat(run.err().strip().lines()).as(bad).hasSize(1);
    }
  }

  @Test
  void unknownSymbolIsAOneLineError() {
    Run run = simulate("--symbols", "AAPL,TSLA");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).contains("unknown symbol TSLA").doesNotContain("\n");
  }

  @Test
  void replaysACsvFileAndReportsItsGaps(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("acme.csv"),
            "Date,Open,High,Low,Close,Adj Close,Volume\n"
                + "2024-01-02,100,102,99,101,101,1000\n"
                + "2024-01-05,101,103,100,102,102,1000\n");
    Run run = simulate("--agents", "none", "--csv", file.toString(), "--duration", "2m", "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("symbols").toString()).isEqualTo("[\"ACME\"]");
    assertThat(json.get("fills").asLong()).isPositive();
    assertThat(json.get("warnings").get(0).asText())
        .isEqualTo(
            "ACME ("
                + file
                + "): 2 missing business days, 0 bars dropped because another file lacks their"
                + " time");
  }

  /** Three one-minute bars of a symbol, 10 dollars apart per symbol. */
  private static Path minuteBars(Path dir, String symbol, double base) throws IOException {
    return Files.writeString(
        dir.resolve(symbol + ".csv"),
        "timestamp,open,high,low,close,volume,vwap\n"
            + String.format(
                java.util.Locale.ROOT,
                "2024-01-02 09:30:00,%1$.2f,%2$.2f,%3$.2f,%1$.2f,100,0\n"
                    + "2024-01-02 09:31:00,%1$.2f,%2$.2f,%3$.2f,%1$.2f,100,0\n"
                    + "2024-01-02 09:32:00,%1$.2f,%2$.2f,%3$.2f,%1$.2f,100,0\n",
                base,
                base + 0.2,
                base - 0.2));
  }

  @Test
  void aDirectoryReplaysOneSymbolPerFileForTheDataSpanByDefault(@TempDir Path dir)
      throws IOException {
    minuteBars(dir, "aaa", 50);
    minuteBars(dir, "BBB", 70);
    Run run = simulate("--agents", "none", "--csv", dir.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("symbols").toString()).isEqualTo("[\"AAA\",\"BBB\"]");
    assertThat(json.get("simulatedSeconds").asDouble()).isEqualTo(180.0);
    assertThat(run.err()).doesNotContain("note:");
  }

  @Test
  void aDurationPastTheDataSaysHowMuchWasReplayed(@TempDir Path dir) throws IOException {
    minuteBars(dir, "AAA", 50);
    minuteBars(dir, "BBB", 70);
    Run run = simulate("--agents", "none", "--csv", dir.toString(), "--duration", "5m");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(
            "wealtharena: note: the bars span 0.05h (0.01 sessions) of simulated time: the first"
                + " 0.05h (0.01 sessions) of the 0.08h (0.01 sessions) run replay them");
  }

  @Test
  void theDefaultTeamRunsOnOneReplayedSymbolWithoutThePortfolioAgent(@TempDir Path dir)
      throws IOException {
    Path file = minuteBars(dir, "ACME", 50);
    Run run = simulate("--csv", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(
            "wealtharena: note: one symbol (ACME): the portfolio agent sits out, a portfolio"
                + " needs at least two")
        .doesNotContain("Exception");
    assertThat(run.out()).doesNotContain("portfolio-1").contains("mm-1").contains("arb-1");
  }

  @Test
  void oneEmbeddedSymbolRunsTheTeamAndARepeatedOneIsAOneLineError() {
    Run one = simulate("--symbols", "AAPL", "--duration", "2s");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(one.err()).contains("one symbol (AAPL): the portfolio agent sits out");
    Run twice = simulate("--symbols", "AAPL,AAPL");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err().strip()).isEqualTo("wealtharena: --symbols: duplicate symbol AAPL");
  }

  @Test
  void malformedCsvIsAOneLineErrorWithFileAndLine(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("bad.csv"),
            "Date,Open,High,Low,Close,Volume\n"
                + "2024-01-02,100,102,99,101,1000\n"
                + "2024-01-03,100,102,99,-1,1000\n");
    Run run = simulate("--csv", file.toString(), "--duration", "1m");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("wealtharena: " + file + ":3: Close must be positive, was -1");
  }
}
