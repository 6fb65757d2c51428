package org.wealtharena.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Exit code, stdout and stderr of one in-process {@code wealtharena} command. */
record CliRun(int exitCode, String out, String err) {

  /**
   * Both endpoints on free loopback ports, so tests never collide with each other or a running app.
   */
  static final String[] FREE_PORTS = {
    "--multi-agent-port", "0", "--specialized-agents-port", "0", "--bind", "127.0.0.1"
  };

  /** {@code args} followed by {@link #FREE_PORTS}. */
  static List<String> withFreePorts(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(FREE_PORTS));
    return all;
  }

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  JsonNode json() throws IOException {
    return new ObjectMapper().readTree(out);
  }
}
