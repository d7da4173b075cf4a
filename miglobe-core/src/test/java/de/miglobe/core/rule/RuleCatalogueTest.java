package de.miglobe.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule code is documented in docs/rules.md and has a message in both bundles. */
class RuleCatalogueTest {

  private static final Path DOCS = Path.of("..", "docs", "rules.md");

  static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = RuleCatalogueTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** The table rows of docs/rules.md by code: the cells after the code. */
  static Map<String, List<String>> docRows() throws IOException {
    Map<String, List<String>> rows = new HashMap<>();
    for (String line : Files.readAllLines(DOCS, StandardCharsets.UTF_8)) {
      if (line.startsWith("| `")) {
        List<String> cells =
            List.of(line.substring(2, line.length() - 2).split(" (?<!\\\\)\\| ", -1)).stream()
                .map(c -> c.strip().replace("\\*", "*").replace("\\|", "|"))
                .collect(Collectors.toList());
        rows.put(cells.get(0).replace("`", ""), cells);
      }
    }
    return rows;
  }

  @Test
  void everyCode_hasGermanAndEnglishMessage_andBundlesHaveNoOtherKeys() throws IOException {
    Properties german = bundle("Messages.properties");
    Properties english = bundle("Messages_en.properties");
    for (RuleCode code : RuleCode.values()) {
      assertThat(german.getProperty(code.code())).as("German " + code).isNotBlank();
      assertThat(english.getProperty(code.code())).as("English " + code).isNotBlank();
    }
    Set<String> codes =
        EnumSet.allOf(RuleCode.class).stream().map(RuleCode::code).collect(Collectors.toSet());
    for (Object key : german.keySet()) {
      String name = key.toString();
      if (!name.startsWith("operation.") && !name.startsWith("kind.")) {
        assertThat(codes).as("bundle key " + key).contains(name.replace(".held", ""));
      }
    }
    assertThat(new TreeSet<>(english.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(german.stringPropertyNames()));
  }

  @Test
  void everyCode_hasARowInDocsRules_withTheBundlesMessagesAndSeverity() throws IOException {
    Properties german = bundle("Messages.properties");
    Properties english = bundle("Messages_en.properties");
    Map<String, List<String>> rows = docRows();
    for (RuleCode code : RuleCode.values()) {
      List<String> row = rows.get(code.code());
      assertThat(row).as("docs/rules.md row for " + code).isNotNull().hasSize(8);
      assertThat(row.get(1)).as("severity of " + code).isEqualTo(code.severity().name().toLowerCase());
      assertThat(row.get(6)).as("German message of " + code).isEqualTo(german.getProperty(code.code()));
      assertThat(row.get(7)).as("English message of " + code).isEqualTo(english.getProperty(code.code()));
    }
    assertThat(rows.keySet())
        .isEqualTo(EnumSet.allOf(RuleCode.class).stream().map(RuleCode::code).collect(Collectors.toSet()));
  }

  @Test
  void germanMessages_areUtf8WithUmlautsAndGenderInclusive() throws IOException {
    Properties german = bundle("Messages.properties");
    assertThat(german.getProperty("CONSULTATION_DATE_BEFORE_LAST_CHANGE")).contains("Änderung");
    assertThat(german.getProperty("CONSULTATION_TEAM_TOO_LARGE")).contains("Berater*innen", "höchstens");
    assertThat(german.values()).noneMatch(v -> v.toString().contains("Ã"));
  }

  @Test
  void codes_areStableUpperSnakeCaseNames() {
    for (RuleCode code : RuleCode.values()) {
      assertThat(code.code()).isEqualTo(code.name()).matches("[A-Z]+(_[A-Z0-9]+)*");
    }
  }
}
