package org.wealtharena.training.checkpoint;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The fingerprint a checkpoint carries ({@link CheckpointKey#configFingerprint()}): SHA-256 (hex)
 * of a run's resolved settings, taken over every component of the settings record, recursively, by
 * name and value, except the ones named as not changing what is learned. Because it walks the
 * record rather than a hand-written list, a setting added later is part of the fingerprint unless
 * it is excluded on purpose, so {@code --resume} cannot accept a checkpoint trained otherwise.
 *
 * <p>Records are walked component by component (dotted paths such as {@code ppo.gamma}), lists,
 * arrays and {@link Optional}s element by element; anything else is written with {@code
 * String.valueOf} (numbers exactly, enums by name, durations in ISO-8601).
 */
public final class SettingsFingerprint {

  private SettingsFingerprint() {}

  /**
   * @param settings the resolved settings of a run
   * @param excluded dotted paths of the components left out, each of which must exist
   * @throws IllegalArgumentException if an excluded path names no component (a renamed setting
   *     would otherwise silently enter the fingerprint)
   */
  public static String of(Record settings, Set<String> excluded) {
    return resolve(settings, excluded).fingerprint();
  }

  /** The fingerprint and, by path, the value of each setting that is a record's component. */
  static ResolvedSettings resolve(Record settings, Set<String> excluded) {
    return resolve(settings, excluded, Map.of());
  }

  /**
   * As {@link #resolve(Record, Set)}, then {@code beside}'s entries in their order: what defines
   * the run beside its settings (e.g. its index among the runs of one master seed).
   *
   * @throws IllegalArgumentException if an entry's name is also a setting's
   */
  static ResolvedSettings resolve(Record settings, Set<String> excluded, Map<String, ?> beside) {
    Walk walk = walk(settings, excluded);
    beside.forEach(
        (name, value) -> {
          if (walk.shown.containsKey(name)) {
            throw new IllegalArgumentException(name + " is already a setting");
          }
          walk.shown.put(name, Walk.shown(value));
          walk.value(name, value);
        });
    return new ResolvedSettings(sha256(walk.text.toString()), walk.shown);
  }

  /** The text that is hashed: one {@code path=value} line per leaf setting. */
  static String canonical(Record settings, Set<String> excluded) {
    return walk(settings, excluded).text.toString();
  }

  private static Walk walk(Record settings, Set<String> excluded) {
    Walk walk = new Walk(excluded);
    walk.value("", settings);
    Set<String> unknown = new TreeSet<>(excluded);
    unknown.removeAll(walk.seenExclusions);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "excluded settings "
              + unknown
              + " are not components of "
              + settings.getClass().getSimpleName());
    }
    return walk;
  }

  private static final class Walk {
    private final Set<String> excluded;
    private final Set<String> seenExclusions = new HashSet<>();
    private final StringBuilder text = new StringBuilder();
    private final Map<String, String> shown = new LinkedHashMap<>();

    Walk(Set<String> excluded) {
      this.excluded = excluded;
    }

    void value(String path, Object value) {
      if (value instanceof Record record) {
        text.append(path).append("{}\n"); // marks the record itself, even one with no components
        for (RecordComponent component : record.getClass().getRecordComponents()) {
          String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
          if (excluded.contains(child)) {
            seenExclusions.add(child);
          } else {
            Object componentValue = read(component, record);
            if (!(componentValue instanceof Record)) {
              shown.put(child, shown(componentValue));
            }
            value(child, componentValue);
          }
        }
      } else if (value instanceof Optional<?> optional) {
        text.append(path).append(optional.isPresent() ? "?present\n" : "?empty\n");
        optional.ifPresent(present -> value(path + ".value", present));
      } else if (value instanceof Collection<?> collection) {
        elements(path, collection.toArray());
      } else if (value != null && value.getClass().isArray()) {
        Object[] elements = new Object[Array.getLength(value)];
        for (int i = 0; i < elements.length; i++) {
          elements[i] = Array.get(value, i);
        }
        elements(path, elements);
      } else {
        text.append(path).append('=').append(leaf(value)).append('\n');
      }
    }

    private void elements(String path, Object[] elements) {
      text.append(path).append("#").append(elements.length).append('\n');
      for (int i = 0; i < elements.length; i++) {
        value(path + "[" + i + "]", elements[i]);
      }
    }

    private static String leaf(Object value) {
      if (value instanceof String s) {
        // quoted and escaped, so no string can pass for another line
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
      }
      if (value instanceof Enum<?> constant) {
        return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
      }
      return String.valueOf(value);
    }

    /**
     * A value as a person reads it: {@code none}, {@code [64, 64]}, {@code PT30M}, {@code 0.99}.
     */
    private static String shown(Object value) {
      if (value instanceof Optional<?> optional) {
        return optional.map(Walk::shown).orElse("none");
      }
      if (value instanceof Collection<?> collection) {
        return collection.stream().map(Walk::shown).collect(Collectors.joining(", ", "[", "]"));
      }
      if (value != null && value.getClass().isArray()) {
        StringJoiner elements = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < Array.getLength(value); i++) {
          elements.add(shown(Array.get(value, i)));
        }
        return elements.toString();
      }
      if (value instanceof Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
      }
      return String.valueOf(value);
    }

    private static Object read(RecordComponent component, Record record) {
      try {
        var accessor = component.getAccessor();
        accessor.setAccessible(true); // settings records of other packages, tests' private ones
        return accessor.invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(
            "cannot read setting " + component.getName() + " of " + record.getClass(), e);
      }
    }
  }

  private static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
