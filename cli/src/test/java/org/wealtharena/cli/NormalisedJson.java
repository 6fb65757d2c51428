package org.wealtharena.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code --json} summary without what legitimately differs between two runs of the same settings:
 * run ids, wall times, paths, the thread count and the iteration a session started at (a resumed
 * one starts later). Everything else, every reward and interval, must be bit for bit the same.
 */
final class NormalisedJson {
  private NormalisedJson() {}

  static JsonNode of(JsonNode summary) {
    JsonNode copy = summary.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> drop = new ArrayList<>();
      object
          .fieldNames()
          .forEachRemaining(
              name -> {
                if (name.equals("runId")
                    || name.endsWith("Seconds")
                    || name.equals("outputDirectory")
                    || name.equals("checkpoint")
                    || name.equals("threads")
                    || name.equals("firstIteration")) {
                  drop.add(name);
                }
              });
      object.remove(drop);
    }
    node.forEach(NormalisedJson::strip);
  }
}
