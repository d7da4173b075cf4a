package de.miglobe.json.codec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Collects the named definitions ({@code $defs}) of a JSON Schema while codecs describe themselves,
 * so that each type is defined once and referred to by {@code $ref}.
 */
public final class SchemaDefinitions {
  private final Map<String, Object> definitions = new TreeMap<>();

  /** Creates an empty collection of definitions. */
  public SchemaDefinitions() {}

  /**
   * A reference to a named definition, defining it first if it is new.
   *
   * @param name the definition's name, for example {@code "PersonName"}
   * @param definition builds the definition; called at most once per name
   * @return {@code {"$ref": "#/$defs/<name>"}}
   */
  public Map<String, Object> ref(String name, Supplier<Map<String, Object>> definition) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, Map.of()); // placeholder: a type may refer to itself while it is defined
      definitions.put(name, definition.get());
    }
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", "#/$defs/" + name);
    return ref;
  }

  /** @return the definitions by name, sorted by name */
  public Map<String, Object> definitions() {
    return definitions;
  }

  /**
   * A small helper for building schema objects in a fixed key order.
   *
   * @param keysAndValues alternating keys (strings) and values
   * @return an ordered map
   */
  public static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
