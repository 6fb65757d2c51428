package org.wealtharena.cli.config;

import java.util.Map;
import java.util.Set;

/**
 * Where each setting came from, so an error can point at it: the command line, a line of the config
 * file, or the built-in default. Keys are dotted paths such as {@code ppo.learningRate}.
 *
 * @param fileName the config file's name as the user wrote it, or null without a file
 * @param fileLines line of each key the file sets
 * @param commandLineKeys keys given explicitly on the command line
 */
public record ConfigOrigins(
    String fileName, Map<String, Integer> fileLines, Set<String> commandLineKeys) {

  public static final ConfigOrigins DEFAULTS_ONLY = new ConfigOrigins(null, Map.of(), Set.of());

  public ConfigOrigins {
    fileLines = Map.copyOf(fileLines);
    commandLineKeys = Set.copyOf(commandLineKeys);
  }

  /** E.g. {@code config.yaml line 3}, {@code command line} or {@code default}. */
  public String describe(String key) {
    if (commandLineKeys.contains(key)) {
      return "command line";
    }
    Integer line = fileLines.get(key);
    return line != null ? fileName + " line " + line : "default";
  }
}
