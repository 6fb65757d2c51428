package org.wealtharena.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** Where a training command writes its reports, and the JSON they are written in. */
final class OutputDirectory {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path path;

  OutputDirectory(Path path) {
    this.path = path;
  }

  /** {@code wealtharena-output/<name>} under the working directory. */
  static OutputDirectory defaultFor(String name) {
    return new OutputDirectory(Path.of("wealtharena-output", name));
  }

  /** A run id that names what ran and when, e.g. {@code hierarchical-20250301-141502}. */
  static String runId(String prefix) {
    return prefix + "-" + LocalDateTime.now().format(STAMP);
  }

  Path path() {
    return path;
  }

  /** Writes {@code fileName} in the directory (created if needed); returns its path. */
  Path write(String fileName, String content) {
    Path file = path.resolve(fileName);
    try {
      Files.createDirectories(path);
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /**
   * Pretty JSON of maps, lists, strings and numbers (non-finite numbers must be replaced first).
   */
  static String json(Object document) {
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings and numbers always serialise", e);
    }
  }

  /** A JSON document written by someone else (e.g. a report), to embed in ours. */
  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("our own JSON always parses", e);
    }
  }

  /** The values with NaN and infinities as null, JSON having neither. */
  static List<Double> finiteOrNull(double[] values) {
    return Arrays.stream(values).mapToObj(v -> Double.isFinite(v) ? v : null).toList();
  }
}
