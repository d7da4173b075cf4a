package de.miglobe.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.miglobe.json.codec.JsonSchemas;
import de.miglobe.json.codec.ModelCodecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/json-format.md does not drift from the code: every type and property is documented. */
class DocumentationTest {
  private static final String DOC = read();

  private static String read() {
    try {
      return Files.readString(Paths.get("..", "docs", "json-format.md"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("docs/json-format.md is missing", e);
    }
  }

  @Test
  void everyPropertyOfEveryObjectType_isInItsSection() throws IOException {
    JsonNode defs = new ObjectMapper().readTree(JsonSchemas.files().get(JsonSchemas.COMMON)).get("$defs");

    for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> def = it.next();
      if (!def.getValue().has("properties")) {
        continue;
      }
      String section = section(def.getKey());
      for (Iterator<String> names = def.getValue().get("properties").fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!name.equals(FormatVersion.PROPERTY) && !name.equals("redacted")) {
          assertThat(section).as(def.getKey() + "." + name).contains("| `" + name + "` |");
        }
      }
    }
  }

  @Test
  void everyDocument_linksItsSchema() {
    for (String document : ModelCodecs.DOCUMENTS.keySet()) {
      assertThat(DOC).contains("(../miglobe-json/src/main/resources/de/miglobe/json/schema/" + document + ".schema.json)");
    }
  }

  @Test
  void everyProblemCode_isDocumented() {
    for (ProblemCode code : ProblemCode.values()) {
      assertThat(DOC).contains("| `" + code.code() + "` |");
    }
  }

  @Test
  void limitsInTheDocs_areTheDefaults() {
    assertThat(DOC)
        .contains("| nesting depth of objects and arrays | " + MiGlobeJson.DEFAULT_MAX_NESTING_DEPTH + " ")
        .contains("| string length | 100,000 characters |")
        .contains("| number length | " + MiGlobeJson.DEFAULT_MAX_NUMBER_LENGTH + " characters |")
        .contains("| property-name length | " + MiGlobeJson.DEFAULT_MAX_NAME_LENGTH + " characters |")
        .contains("| document size | 512 MiB");
  }

  private static String section(String type) {
    int start = DOC.indexOf("\n### " + type + "\n");
    assertThat(start).as("section ### " + type).isNotNegative();
    int end = DOC.indexOf("\n### ", start + 1);
    return end < 0 ? DOC.substring(start) : DOC.substring(start, end);
  }
}
