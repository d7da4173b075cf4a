package de.miglobe.json.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the JSON Schemas (draft 2020-12) of the wire format from the codecs, so that schema and
 * code cannot drift apart: {@code common.schema.json} defines every type once, and one file per
 * top-level document refers to it. The files shipped under {@code de/miglobe/json/schema/} are the
 * output of {@link #files()}; a test keeps them equal.
 */
public final class JsonSchemas {
  /** The base URI of the schemas; relative references resolve against it. */
  public static final String BASE = "https://miglobe.de/schema/json/1/";

  /** The file that holds the shared definitions. */
  public static final String COMMON = "common.schema.json";

  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private JsonSchemas() {}

  /**
   * Every schema file by file name: {@code common.schema.json} and {@code <document>.schema.json}
   * for each of {@link ModelCodecs#DOCUMENTS}.
   *
   * @return the file texts by name, in a fixed order
   */
  public static Map<String, String> files() {
    SchemaDefinitions defs = new SchemaDefinitions();
    Map<String, String> files = new LinkedHashMap<>();
    for (Map.Entry<String, ObjectCodec<?, ?>> document : ModelCodecs.DOCUMENTS.entrySet()) {
      ObjectCodec<?, ?> codec = document.getValue();
      codec.schema(defs);
      Map<String, Object> schema =
          SchemaDefinitions.object(
              "$schema", DIALECT,
              "$id", BASE + document.getKey() + ".schema.json",
              "title", "MiGlobe " + document.getKey().replace('-', ' ') + " document",
              "description",
                  "One "
                      + codec.typeName()
                      + " as a top-level document of the MiGlobe wire format 1.x; see docs/json-format.md.",
              "$ref", COMMON + "#/$defs/" + codec.typeName(),
              "required", List.of("formatVersion"));
      files.put(document.getKey() + ".schema.json", text(schema));
    }
    for (Codec<?> codec : ModelCodecs.BY_TYPE.values()) {
      codec.schema(defs);
    }
    Map<String, Object> common =
        SchemaDefinitions.object(
            "$schema", DIALECT,
            "$id", BASE + COMMON,
            "title", "MiGlobe wire format 1.x: shared definitions",
            "description", "Every type of the MiGlobe model, referred to by the document schemas.",
            "$defs", defs.definitions());
    Map<String, String> all = new LinkedHashMap<>();
    all.put(COMMON, text(common));
    all.putAll(files);
    return all;
  }

  private static String text(Map<String, Object> schema) {
    StringWriter out = new StringWriter();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(printer);
      write(schema, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  private static void write(Object value, JsonGenerator g) throws IOException {
    if (value instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        g.writeFieldName((String) entry.getKey());
        write(entry.getValue(), g);
      }
      g.writeEndObject();
    } else if (value instanceof List) {
      g.writeStartArray();
      for (Object element : (List<?>) value) {
        write(element, g);
      }
      g.writeEndArray();
    } else if (value instanceof String) {
      g.writeString((String) value);
    } else if (value instanceof Boolean) {
      g.writeBoolean((Boolean) value);
    } else {
      g.writeNumber(((Number) value).longValue());
    }
  }
}
