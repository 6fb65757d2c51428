package org.wealtharena.cli.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.wealtharena.cli.CliException;

/**
 * Reads a training config file (YAML; keys as in {@link PartialTrainingConfig}). Unknown keys,
 * duplicate keys and values of the wrong type are errors naming the key and its line.
 *
 * @param values what the file sets
 * @param lines line of every key the file sets, by dotted path ({@code ppo.gamma})
 */
public record TrainingConfigFile(PartialTrainingConfig values, Map<String, Integer> lines) {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  public TrainingConfigFile {
    lines = Map.copyOf(lines);
  }

  /** Reads {@code file}; errors name it as the user wrote it. */
  public static TrainingConfigFile read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new CliException("config file " + file + " does not exist");
    } catch (IOException e) {
      throw new CliException("cannot read config file " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /** Parses YAML {@code text}; {@code fileName} appears in error messages. */
  public static TrainingConfigFile parse(String text, String fileName) {
    // key lines first: they need only well-formed YAML, and binding errors are reported by them
    // (Jackson's own location is where the parser stopped, often a line further)
    Map<String, Integer> lines = Map.of();
    try {
      lines = keyLines(text);
      return new TrainingConfigFile(bind(text, fileName, lines), lines);
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "));
      throw new CliException(
          "unknown key '"
              + dottedPath(e)
              + "' ("
              + at(fileName, lines, e)
              + "); known keys here: "
              + known);
    } catch (InvalidFormatException e) {
      throw new CliException(
          dottedPath(e)
              + ": expected "
              + typeName(e.getTargetType())
              + ", got '"
              + e.getValue()
              + "' ("
              + at(fileName, lines, e)
              + ")");
    } catch (JsonMappingException e) {
      String key = dottedPath(e);
      throw new CliException(
          (key.isEmpty() ? "" : key + ": ")
              + firstLine(e.getOriginalMessage())
              + " ("
              + at(fileName, lines, e)
              + ")");
    } catch (JsonProcessingException e) {
      throw new CliException(
          fileName
              + " is not valid YAML: "
              + firstLine(e.getOriginalMessage())
              + " ("
              + at(fileName, lines, e)
              + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("reading YAML from a string failed", e);
    }
  }

  private static PartialTrainingConfig bind(
      String text, String fileName, Map<String, Integer> lines) throws IOException {
    try (JsonParser parser = YAML.createParser(text)) {
      // an empty document (or one of comments only) sets nothing
      return parser.nextToken() == null
          ? PartialTrainingConfig.EMPTY
          : YAML.readValue(parser, PartialTrainingConfig.class);
    } catch (MismatchedInputException e) {
      if (e instanceof InvalidFormatException || e instanceof UnrecognizedPropertyException) {
        throw e; // reported by parse, with the value or the known keys
      }
      // a value of the wrong kind (a list for a number, a number for a section): Jackson names its
      // own types, so say it in YAML's terms
      String key = dottedPath(e);
      String where = at(fileName, lines, e);
      throw new CliException(
          (key.isEmpty() ? where + ": the top level" : key + " (" + where + ")")
              + ": expected "
              + expected(e.getTargetType())
              + ", got "
              + found(YAML.readTree(text).at(pointer(e))));
    }
  }

  /** The dotted keys {@code values} sets (those that are not null). */
  static Set<String> keysOf(PartialTrainingConfig values) {
    try {
      String nonNull =
          YAML.copy()
              .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
              .writeValueAsString(values);
      return keyLines(nonNull).keySet();
    } catch (IOException e) {
      throw new UncheckedIOException("writing settings as YAML failed", e);
    }
  }

  /** Line of every key in the document, by dotted path; the document is already known to parse. */
  private static Map<String, Integer> keyLines(String text) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME) {
          String pointer = parser.getParsingContext().pathAsPointer().toString();
          lines.put(
              pointer.substring(1).replace('/', '.'), parser.currentTokenLocation().getLineNr());
        }
      }
    }
    return lines;
  }

  private static String dottedPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(
            reference ->
                reference.getFieldName() != null
                    ? reference.getFieldName()
                    : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  /** "file line N" for the key the error is about, else for where the parser stopped. */
  private static String at(String fileName, Map<String, Integer> lines, JsonProcessingException e) {
    Integer line =
        e instanceof JsonMappingException mapping ? lines.get(dottedPath(mapping)) : null;
    if (line == null && e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      line = e.getLocation().getLineNr();
    }
    return line == null ? fileName : fileName + " line " + line;
  }

  /** What a key (or the whole file) of {@code type} holds, for a person writing YAML. */
  private static String expected(Class<?> type) {
    if (type == PartialTrainingConfig.class) {
      return "a mapping of keys like 'seed: 42'";
    }
    if (type != null && type.isRecord()) {
      return "a mapping of keys like 'key: value' under it";
    }
    if (type != null && List.class.isAssignableFrom(type)) {
      return "a list like [a, b]";
    }
    if (type == String.class) {
      return "a text";
    }
    return type == null ? "another kind of value" : typeName(type);
  }

  /** The value a binding error is about, as a person writing YAML would name it. */
  private static String found(JsonNode value) {
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isBinary()) {
      return "binary data (a !!binary value)";
    }
    return value.isNull() || value.isMissingNode() ? "nothing" : "'" + value.asText() + "'";
  }

  private static JsonPointer pointer(JsonMappingException e) {
    JsonPointer pointer = JsonPointer.empty();
    for (JsonMappingException.Reference reference : e.getPath()) {
      pointer =
          reference.getFieldName() != null
              ? pointer.appendProperty(reference.getFieldName())
              : pointer.appendIndex(reference.getIndex());
    }
    return pointer;
  }

  private static String typeName(Class<?> type) {
    if (type == Integer.class || type == Long.class) {
      return "a whole number";
    }
    if (type == Double.class) {
      return "a number";
    }
    if (type == Boolean.class) {
      return "true or false";
    }
    return "a " + type.getSimpleName();
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
