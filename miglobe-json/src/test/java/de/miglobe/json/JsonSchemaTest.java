package de.miglobe.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.miglobe.json.codec.JsonSchemas;
import de.miglobe.json.codec.ModelCodecs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schemas: derived from the codecs, valid draft 2020-12, and every golden file
 * validates against its document's schema with an independent validator (networknt).
 */
class JsonSchemaTest {
  private static final Path SOURCE = Paths.get("src", "main", "resources", "de", "miglobe", "json", "schema");
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(shippedSchemasById()));

  /** The schema files as the jar ships them, by their {@code $id}. */
  private static Map<String, String> shippedSchemasById() {
    Map<String, String> byId = new LinkedHashMap<>();
    for (String file : JsonSchemas.files().keySet()) {
      byId.put(JsonSchemas.BASE + file, shipped(file));
    }
    return byId;
  }

  /** A shipped schema file, from the source folder the jar's resources are copied from. */
  private static String shipped(String file) {
    try {
      if (GoldenFiles.updating()) {
        Files.createDirectories(SOURCE);
        Files.writeString(SOURCE.resolve(file), JsonSchemas.files().get(file), StandardCharsets.UTF_8);
      }
      return Files.readString(SOURCE.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + " is missing; run with -Dgolden.update=true", e);
    }
  }

  @Test
  void schemas_areInTheJarUnderDeMiglobeJsonSchema() throws IOException {
    for (String file : JsonSchemas.files().keySet()) {
      try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/de/miglobe/json/schema/" + file)) {
        assertThat(in).as(file).isNotNull();
      }
    }
  }

  static Stream<String> schemaFiles() {
    return JsonSchemas.files().keySet().stream();
  }

  static Stream<String> goldenFiles() throws IOException {
    try (Stream<Path> files = Files.list(GoldenFiles.DIRECTORY)) {
      return files.map(f -> f.getFileName().toString().replace(".json", "")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaFiles")
  void shippedSchema_isWhatTheCodecsDescribe(String file) {
    assertThat(shipped(file)).isEqualTo(JsonSchemas.files().get(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaFiles")
  void schema_isValidDraft202012(String file) {
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    List<Error> errors = metaSchema.validate(shipped(file), InputFormat.JSON);

    assertThat(errors).isEmpty();
    assertThat(REGISTRY.getSchema(SchemaLocation.of(JsonSchemas.BASE + file))).isNotNull();
  }

  @Test
  void everyDocumentHasASchema() {
    for (String document : ModelCodecs.DOCUMENTS.keySet()) {
      assertThat(JsonSchemas.files()).containsKey(document + ".schema.json");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenFile_validatesAgainstItsDocumentSchema(String golden) {
    List<Error> errors = validate(documentOf(golden), GoldenFiles.read(golden));

    assertThat(errors).isEmpty();
  }

  @Test
  void schema_rejectsWhatTheReaderRejects() {
    String missingVersion = "{\"name\":\"P\"}";
    String unknownCode = "{\"formatVersion\":\"1.0\",\"id\":\"adv-1\",\"name\":{\"familyName\":\"Y\"},\"status\":\"expert\"}";
    String unknownProperty = "{\"formatVersion\":\"1.0\",\"name\":\"P\",\"colour\":\"blue\"}";
    String badDate = "{\"formatVersion\":\"1.0\",\"id\":\"e\",\"kind\":\"talk_or_information_stand\",\"title\":\"T\",\"date\":\"28.09.2018\"}";

    assertThat(validate("programme", missingVersion)).isNotEmpty();
    assertThat(validate("advisor", unknownCode)).isNotEmpty();
    assertThat(validate("programme", unknownProperty)).isNotEmpty();
    assertThat(validate("programme-event", badDate)).isNotEmpty();
  }

  private static List<Error> validate(String document, String json) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(JsonSchemas.BASE + document + ".schema.json"));
    return schema.validate(json, InputFormat.JSON, (context, schemaContext) ->
        context.executionConfig(config -> config.formatAssertionsEnabled(true)));
  }

  /** The document of a golden file: the longest document name its file name starts with. */
  private static String documentOf(String golden) {
    return ModelCodecs.DOCUMENTS.keySet().stream()
        .filter(document -> golden.startsWith(document + "-"))
        .max((a, b) -> Integer.compare(a.length(), b.length()))
        .orElseThrow(() -> new IllegalStateException(golden + " names no document"));
  }
}
