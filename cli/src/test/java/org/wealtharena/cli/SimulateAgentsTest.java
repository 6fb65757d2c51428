package org.wealtharena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Catalog;
import org.wealtharena.metrics.testing.ChildJvm;
import org.wealtharena.metrics.testing.PromTool;

/**
 * {@code simulate} with the specialized agents: the default run, its endpoints, --linger, --agents.
 */
class SimulateAgentsTest {

  private static final List<String> ENDPOINT_2 = List.copyOf(Catalog.SPECIALIZED.keySet());

  /**
   * The catalog's 0..1 families: fill rate, success rate, 1 - sum(w^2), half the summed weight
   * change.
   */
  private static final List<String> RATIOS =
      List.of(
          "market_maker_fill_rate",
          "arbitrage_success_rate",
          "portfolio_diversification",
          "portfolio_turnover");

  private static final Pattern ENDPOINT_LINE =
      Pattern.compile("metrics: http://127\\.0\\.0\\.1:(\\d+)/metrics");

  private static CliRun simulate(String... args) {
    List<String> full = new ArrayList<>(List.of("simulate"));
    full.addAll(CliRun.withFreePorts(args));
    return CliRun.of(full.toArray(String[]::new));
  }

  /**
   * A default run in a child JVM (so a real SIGTERM can end its linger), with an edge over the
   * background arbitrageurs so that the arbitrageur executes and every arbitrage family has a
   * sample (docs/market.md): while it lingers, its specialized agents endpoint has a sample of
   * every endpoint-2 family, ratios within 0..1, and passes promtool; SIGTERM then closes it with
   * exit 0.
   */
  @Test
  void aDefaultRunServesEveryEndpoint2FamilyAndSigtermEndsItsLingerWithExitZero() throws Exception {
    Process simulate =
        ChildJvm.of(
                Main.class,
                CliRun.withFreePorts(
                    "simulate", "--duration", "5m", "--arb-advantage", "1s", "--linger", "10m"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(simulate.getInputStream(), StandardCharsets.UTF_8));
      List<Integer> ports = new ArrayList<>();
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("lingering:")) {
        Matcher endpoint = ENDPOINT_LINE.matcher(line);
        if (endpoint.matches()) {
          ports.add(Integer.parseInt(endpoint.group(1)));
        }
      }
      assertThat(line).as("the run ends and lingers").isNotNull();
      assertThat(ports).hasSize(2);

      String exposition = scrape(ports.get(1));
      for (String family : ENDPOINT_2) {
        assertThat(samples(exposition, family)).as(family).isNotEmpty();
      }
      for (String family : RATIOS) {
        assertThat(samples(exposition, family))
            .as(family)
            .allSatisfy(value -> assertThat(value).isBetween(0.0, 1.0));
      }
      assertThat(samples(exposition, "specialized_agent_episodes_total")).containsOnly(1.0);
      PromTool.require().assertValidMetrics(exposition);

      simulate.destroy(); // SIGTERM
      assertThat(simulate.waitFor(30, TimeUnit.SECONDS)).as("exits on SIGTERM").isTrue();
      assertThat(simulate.exitValue()).isZero();
    } finally {
      simulate.destroyForcibly();
    }
  }

  /** Values of the samples of {@code family} (a counter's or histogram's series included). */
  private static List<Double> samples(String exposition, String family) {
    Pattern sample =
        Pattern.compile(
            "^" + Pattern.quote(family) + "(_bucket|_count|_sum)?(\\{[^}]*\\})? (\\S+)$");
    return exposition
        .lines()
        .map(sample::matcher)
        .filter(Matcher::matches)
        .map(m -> Double.parseDouble(m.group(3)))
        .toList();
  }

  private static String scrape(int port) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void lingerServesForTheGivenTimeThenExitsZero() {
    long started = System.nanoTime();
    CliRun run = simulate("--agents", "none", "--duration", "1m", "--linger", "1s");
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern(ENDPOINT_LINE)
        .contains("lingering: serving metrics for 1000 ms");
    assertThat(seconds).isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void marketOnlyStartsNoEndpointWithoutLinger() {
    CliRun run = simulate("--agents", "none", "--duration", "30s");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("metrics:").contains("fills digest");
  }

  @Test
  void jsonSummaryHasEachAgentsPnlTradesAndRiskViolations() throws IOException {
    CliRun run = simulate("--duration", "5m", "--seed", "3", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("team").toString()).isEqualTo("[\"mm\",\"arb\",\"portfolio\",\"risk\"]");
    assertThat(json.get("market").get("fillsDigest").asText()).matches("[0-9a-f]{64}");
    assertThat(json.get("steps").asLong()).isEqualTo(300);
    assertThat(json.get("agents"))
        .extracting(a -> a.get("agentId").asText())
        .containsExactly("mm-1", "arb-1", "portfolio-1", "risk-1");
    for (String field :
        new String[] {
          "pnlDollars",
          "fills",
          "sharesTraded",
          "feesDollars",
          "criticalRiskViolations",
          "reward",
          "finalState",
          "failed"
        }) {
      assertThat(json.get("agents").get(0).has(field)).as(field).isTrue();
    }
    assertThat(json.get("agents").get(0).get("fills").asLong()).isPositive();
    // With --json the endpoint lines go to stderr, so stdout stays one JSON document.
    assertThat(run.err()).containsPattern(ENDPOINT_LINE);
  }

  @Test
  void theTableNamesEveryAgentWithItsTradesAndViolations() {
    CliRun run = simulate("--duration", "2m");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern(ENDPOINT_LINE)
        .contains(
            "fills digest",
            "pnl $",
            "fills",
            "shares",
            "critical",
            "mm-1",
            "arb-1",
            "portfolio-1",
            "risk-1");
  }

  @Test
  void aSubsetRunsOnlyThoseAgentsAndWithoutRiskHasNoRiskManager() throws IOException {
    JsonNode json = simulate("--agents", "mm,portfolio", "--duration", "2m", "--json").json();
    assertThat(json.get("team").toString()).isEqualTo("[\"mm\",\"portfolio\"]");
    assertThat(json.get("agents"))
        .extracting(a -> a.get("agentId").asText())
        .containsExactly("mm-1", "portfolio-1");

    JsonNode checked = simulate("--agents", "arb,risk", "--duration", "2m", "--json").json();
    assertThat(checked.get("agents"))
        .extracting(a -> a.get("agentId").asText())
        .containsExactly("arb-1", "risk-1");
  }

  @Test
  void badAgentChoicesAndCombinationsAreOneLineErrorsWithExitTwo() {
    String[][] cases = {
      {"--agents", "mm,hft"},
      {"--agents", "risk"},
      {"--agents", "mm,arb", "--coordination", "hierarchical"},
      {"--agents", "mm", "--episodes", "3"},
      {"--linger", "soon"},
      {"--max-session-loss", "0"},
      {"--max-session-loss", "-5"},
      {"--max-session-loss", "0.0000001"},
      {"--max-session-loss", "lots"},
      {"--agents", "mm,arb", "--max-session-loss", "100"}
    };
    for (String[] args : cases) {
      CliRun run = simulate(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
      assertThat(run.out()).as(String.join(" ", args)).isEmpty();
    }
    assertThat(simulate("--agents", "mm,hft").err()).contains("unknown agent 'hft'");
    assertThat(simulate("--agents", "mm,arb", "--coordination", "hierarchical").err())
        .contains("--coordination runs the whole team");
    assertThat(simulate("--max-session-loss", "0.0000001").err())
        .contains("--max-session-loss: expected a positive dollar amount with at most 6 decimals")
        .contains("got 0.0000001");
  }

  /**
   * The session loss limit binds: with a cent of loss allowed, the risk manager halts every agent
   * that loses at all (the same seed with the default $10,000 limit halts fewer) and counts a
   * critical session_loss violation for each.
   */
  @Test
  void aTinySessionLossLimitHaltsTheAgentsThatLose() throws IOException {
    JsonNode tiny =
        simulate("--duration", "10m", "--seed", "3", "--max-session-loss", "0.01", "--json").json();
    JsonNode defaults = simulate("--duration", "10m", "--seed", "3", "--json").json();
    assertThat(halted(tiny)).hasSizeGreaterThan(halted(defaults).size());
    for (JsonNode agent : tiny.get("agents")) {
      if (halted(tiny).contains(agent.get("agentId").asText())) {
        assertThat(agent.get("criticalRiskViolations").asLong())
            .as(agent.get("agentId").asText())
            .isPositive();
      }
    }
  }

  private static List<String> halted(JsonNode summary) {
    List<String> ids = new ArrayList<>();
    for (JsonNode agent : summary.get("agents")) {
      if (agent.get("finalState").asText().equals("halted")) {
        ids.add(agent.get("agentId").asText());
      }
    }
    return ids;
  }

  @Test
  void theWholeTeamByNameStillRunsUnderACoordinator() {
    CliRun run =
        simulate(
            "--agents",
            "mm,arb,portfolio,risk",
            "--coordination",
            "centralized",
            "--duration",
            "1m");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("centralized coordination");
  }
}
