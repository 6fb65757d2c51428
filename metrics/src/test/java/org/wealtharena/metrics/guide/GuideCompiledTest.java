package org.wealtharena.metrics.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wealtharena.metrics.testing.Catalog;
import org.wealtharena.metrics.testing.LocalPrometheus;

/**
 * docs/integration-guide.md as a user follows it: every {@code java} block, exactly as printed and
 * in order, is one program (the first block is its imports, the others the body of its {@code
 * main}); it is compiled here with javax.tools and run in a fresh JVM on the library's class path.
 * Then the guide's own checks must hold: every catalog family has a sample (a counter or histogram
 * a non-zero one), nothing was rejected, the {@code curl} lines find what they grep for, and a real
 * Prometheus, configured with the guide's {@code prometheus.yml} (targets pointed at the program's
 * loopback ports, 1 s scrapes), answers all four of the guide's queries.
 */
class GuideCompiledTest {

  private static final Path GUIDE = Path.of("..", "docs", "integration-guide.md");
  private static final String PROGRAM = "GuideProgram";
  private static final String DONE = "GUIDE_PROGRAM_DONE";
  private static final Duration QUERY_DEADLINE = Duration.ofSeconds(60);

  /**
   * An opening fence: the language, then optionally a role ({@code class}, {@code spring-boot}).
   */
  private static final Pattern FENCE = Pattern.compile("^```(\\w*)(?:\\s+([\\w-]+))?\\s*$");

  /** The role of a java block that is a whole class of its own rather than part of the program. */
  private static final String CLASS_ROLE = "class";

  private static final Pattern CLASS_NAME = Pattern.compile("^public (?:final )?class (\\w+)");
  private static final Pattern CURL =
      Pattern.compile("curl -s http://localhost:(\\d+)/metrics \\| grep (\\S+)");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void theGuideCompilesRunsAndAnswersItsChecksAndQueries(@TempDir Path work) throws Exception {
    List<Block> blocks = blocks(Files.readAllLines(GUIDE));
    Path classes =
        compile(
            blocks.stream().filter(b -> b.language.equals("java") && b.role.isEmpty()).toList(),
            work);
    compileWholeClasses(
        blocks.stream()
            .filter(b -> b.language.equals("java") && b.role.equals(CLASS_ROLE))
            .toList(),
        work);

    int multiAgentPort = LocalPrometheus.freeLoopbackPort();
    int agentsPort = LocalPrometheus.freeLoopbackPort();
    Map<String, Integer> ports = Map.of("8012", multiAgentPort, "8013", agentsPort);
    Process program = run(classes, multiAgentPort, agentsPort, work);
    try {
      String multiAgent = get(multiAgentPort);
      String agents = get(agentsPort);
      assertEveryFamilyRecorded(multiAgent, Catalog.MULTI_AGENT);
      assertEveryFamilyRecorded(agents, Catalog.SPECIALIZED);
      assertThat(multiAgent + agents)
          .as("rejected samples")
          .doesNotContainPattern("(?m)^wealtharena_metrics_rejected_total\\{.*} [1-9]");

      List<String> curls =
          lines(blocks, "bash").stream().filter(line -> line.startsWith("curl ")).toList();
      assertThat(curls).as("the guide's curl checks").hasSize(5);
      for (String curl : curls) {
        Matcher m = CURL.matcher(curl);
        assertThat(m.matches()).as("a curl check of the form the test knows: %s", curl).isTrue();
        String body = get(ports.get(m.group(1)));
        assertThat(body.lines().anyMatch(line -> line.contains(m.group(2)))).as(curl).isTrue();
      }

      String local =
          only(blocks, "yaml")
              .replace("host.docker.internal:8012", "127.0.0.1:" + multiAgentPort)
              .replace("host.docker.internal:8013", "127.0.0.1:" + agentsPort)
              .replace("scrape_interval: 10s", "scrape_interval: 1s");
      assertThat(local).doesNotContain("host.docker.internal", "10s");
      List<String> queries = lines(blocks, "promql");
      assertThat(queries).as("the guide's queries").hasSize(4);
      Path prometheusDir = Files.createDirectory(work.resolve("prometheus"));
      try (LocalPrometheus prometheus = LocalPrometheus.start(prometheusDir, local)) {
        for (String query : queries) {
          assertThat(prometheus.poll(QUERY_DEADLINE, () -> prometheus.answers(query)))
              .as(
                  "%s answers; last answer %s; log:%n%s",
                  query, prometheus.query(query), prometheus.log())
              .isTrue();
        }
      }
    } finally {
      program.getOutputStream().close(); // the program serves until its stdin closes
      if (!program.waitFor(20, TimeUnit.SECONDS)) {
        program.destroyForcibly();
      }
    }
  }

  /** One fenced block: its language, its lines, and the guide line of the first. */
  private record Block(String language, String role, int firstLine, List<String> lines) {}

  private static List<Block> blocks(List<String> guide) {
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < guide.size()) {
      Matcher open = FENCE.matcher(guide.get(i));
      i++;
      if (!open.matches()) {
        continue;
      }
      int first = i;
      while (i < guide.size() && !guide.get(i).startsWith("```")) {
        i++;
      }
      if (i == guide.size()) {
        fail(GUIDE + ":" + first + ": code block not closed");
      }
      String role = open.group(2) == null ? "" : open.group(2);
      blocks.add(new Block(open.group(1), role, first + 1, guide.subList(first, i)));
      i++; // the closing fence
    }
    return blocks;
  }

  private static List<String> lines(List<Block> blocks, String language) {
    return blocks.stream()
        .filter(b -> b.language.equals(language))
        .flatMap(b -> b.lines.stream())
        .filter(line -> !line.isBlank())
        .toList();
  }

  private static String only(List<Block> blocks, String language) {
    List<Block> found = blocks.stream().filter(b -> b.language.equals(language)).toList();
    assertThat(found).as("%s blocks in the guide", language).hasSize(1);
    return String.join("\n", found.get(0).lines) + "\n";
  }

  /** Compiles the blocks as one class; a compile error names its guide line. */
  private static Path compile(List<Block> java, Path work) throws IOException {
    assertThat(java).as("java blocks").hasSizeGreaterThan(1);
    assertThat(java.get(0).lines)
        .as("the first java block is the imports")
        .allMatch(line -> line.isBlank() || line.startsWith("import "));
    List<String> source = new ArrayList<>();
    List<Integer> guideLine = new ArrayList<>();
    addBlock(java.get(0), source, guideLine);
    source.add("public class " + PROGRAM + " {");
    source.add("  public static void main(String[] args) throws Exception {");
    for (Block block : java.subList(1, java.size())) {
      addBlock(block, source, guideLine);
    }
    source.add("    System.out.println(\"" + DONE + "\");");
    source.add("    while (System.in.read() >= 0) {}");
    source.add("  }");
    source.add("}");

    Path src = Files.createDirectories(work.resolve("src"));
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path file = Files.writeString(src.resolve(PROGRAM + ".java"), String.join("\n", source));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-d",
              classes.toString(),
              "-classpath",
              System.getProperty("java.class.path"),
              "--release",
              "17");
      if (!compiler
          .getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(file))
          .call()) {
        fail(
            "the guide's java blocks do not compile:\n"
                + diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> where(guideLine, d) + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n")));
      }
    }
    return classes;
  }

  /**
   * Compiles each {@code java class} block as printed, as a file of its own named after its public
   * class; a compile error names the block's guide line.
   */
  private static void compileWholeClasses(List<Block> classes, Path work) throws IOException {
    Path src = Files.createDirectories(work.resolve("whole-classes"));
    Path out = Files.createDirectories(work.resolve("whole-classes-out"));
    List<Path> files = new ArrayList<>();
    for (Block block : classes) {
      String name =
          block.lines.stream()
              .map(CLASS_NAME::matcher)
              .filter(Matcher::find)
              .map(m -> m.group(1))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError(GUIDE + ":" + block.firstLine + ": no public class"));
      files.add(Files.writeString(src.resolve(name + ".java"), String.join("\n", block.lines)));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-d",
              out.toString(),
              "-classpath",
              System.getProperty("java.class.path"),
              "--release",
              "17");
      if (!compiler
          .getTask(
              null,
              fileManager,
              diagnostics,
              options,
              null,
              fileManager.getJavaFileObjectsFromPaths(files))
          .call()) {
        fail(
            "the guide's whole-class java blocks do not compile:\n"
                + diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(
                        d ->
                            d.getSource().getName()
                                + ":"
                                + d.getLineNumber()
                                + ": "
                                + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n")));
      }
    }
    assertThat(files).as("whole-class blocks").hasSize(classes.size());
  }

  private static void addBlock(Block block, List<String> source, List<Integer> guideLine) {
    while (guideLine.size() < source.size()) {
      guideLine.add(0); // lines of the wrapper
    }
    for (int i = 0; i < block.lines.size(); i++) {
      source.add(block.lines.get(i));
      guideLine.add(block.firstLine + i);
    }
  }

  private static String where(List<Integer> guideLine, Diagnostic<?> d) {
    int line = (int) d.getLineNumber() - 1;
    return line >= 0 && line < guideLine.size() && guideLine.get(line) > 0
        ? GUIDE + ":" + guideLine.get(line)
        : PROGRAM + ".java:" + (line + 1);
  }

  /** Runs the program with the guide's port variables; returns once it has recorded everything. */
  private static Process run(Path classes, int multiAgentPort, int agentsPort, Path work)
      throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                classes + File.pathSeparator + System.getProperty("java.class.path"),
                PROGRAM)
            .directory(work.toFile())
            .redirectErrorStream(true);
    builder.environment().put("MULTI_AGENT_METRICS_PORT", String.valueOf(multiAgentPort));
    builder.environment().put("SPECIALIZED_AGENTS_METRICS_PORT", String.valueOf(agentsPort));
    Process process = builder.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder output = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null && !line.equals(DONE)) {
      output.append(line).append('\n');
    }
    if (line == null) {
      fail("the guide's program ended before it finished recording; its output:\n" + output);
    }
    return process;
  }

  private static void assertEveryFamilyRecorded(String scrape, Map<String, String> families) {
    families.forEach(
        (family, spec) -> {
          boolean gauge = spec.startsWith("gauge");
          String sample = spec.startsWith("histogram") ? family + "_count" : family;
          Pattern line =
              Pattern.compile(
                  "(?m)^"
                      + Pattern.quote(sample)
                      + "(\\{[^}]*})? "
                      + (gauge ? "\\S+" : "(?!0(\\.0)?$)\\S+")
                      + "$");
          assertThat(line.matcher(scrape).find())
              .as("a %ssample of %s in%n%s", gauge ? "" : "non-zero ", family, scrape)
              .isTrue();
        });
  }

  private String get(int port) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
