package de.miglobe.core;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.contact.FormOfAddress;
import de.miglobe.core.municipality.FederalState;
import de.miglobe.core.municipality.MunicipalityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every closed list of the model: stable codes, German and English labels, lookup by code. */
class LabelsTest {

  /** Every enum of the core that implements {@link Labelled}, found in the compiled classes. */
  static List<Class<?>> labelledEnums() {
    try {
      Path root = Path.of(Labelled.class.getResource("Labelled.class").toURI()).getParent();
      List<Class<?>> enums = new ArrayList<>();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
          String name =
              "de.miglobe.core."
                  + root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                      .replaceAll("\\.class$", "");
          Class<?> type = Class.forName(name, false, LabelsTest.class.getClassLoader());
          if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
            enums.add(type);
          }
        }
      }
      return enums;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Labelled> constants() {
    return labelledEnums().stream().flatMap(t -> Stream.of((Labelled[]) t.getEnumConstants()));
  }

  @Test
  void labelledEnums_areFound() {
    assertThat(labelledEnums())
        .contains(FederalState.class, MunicipalityType.class, FormOfAddress.class)
        .hasSizeGreaterThanOrEqualTo(15);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void everyConstant_hasGermanAndEnglishLabel(Labelled constant) {
    assertThat(constant.code()).isNotBlank();
    String german = constant.label(Locale.GERMAN);
    String english = constant.label(Locale.ENGLISH);
    assertThat(german).as("German label of " + constant.labelKey()).isNotBlank();
    assertThat(english).as("English label of " + constant.labelKey()).isNotBlank();
    assertThat(constant.label(Locale.FRENCH)).as("other languages fall back to German").isEqualTo(german);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labelledEnums")
  void codes_areUniqueAndFoundByFromCode(Class<?> type) {
    Set<String> codes = new HashSet<>();
    for (Object constant : type.getEnumConstants()) {
      String code = ((Labelled) constant).code();
      assertThat(codes.add(code)).as("code " + code + " unique in " + type.getSimpleName()).isTrue();
      assertThat(fromCode(type, code)).isSameAs(constant);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object fromCode(Class<?> type, String code) {
    return Labelled.fromCode((Class) type, code);
  }

  @Test
  void bundles_haveTheSameKeysAndNoneUnused() throws IOException {
    Properties german = load("Labels.properties");
    Properties english = load("Labels_en.properties");
    assertThat(english.stringPropertyNames()).isEqualTo(german.stringPropertyNames());
    Set<String> used = constants().map(Labelled::labelKey).collect(Collectors.toSet());
    assertThat(german.stringPropertyNames()).isEqualTo(used);
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Labelled.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest(name = "{0}.{1} -> {2}")
  @CsvSource({
    "FederalState, BADEN_WUERTTEMBERG, Baden-Württemberg",
    "FederalState, THUERINGEN, Thüringen",
    "MunicipalityType, GROSSE_KREISSTADT, Große Kreisstadt",
    "FormOfAddress, FRAU, Frau",
    "AdvisorStatus, APPLICANT, Bewerber*in",
    "TeamRole, CO_ADVISOR, Co-Berater*in"
  })
  void germanLabels_useUmlautsSharpSAndGenderInclusiveForms(String type, String constant, String label) {
    Labelled value =
        constants()
            .filter(c -> c.getClass().getSimpleName().equals(type) && ((Enum<?>) c).name().equals(constant))
            .findFirst()
            .orElseThrow();
    assertThat(value.label(Locale.GERMAN)).isEqualTo(label);
  }

  @Test
  void englishLabel_ofFederalState() {
    assertThat(FederalState.BADEN_WUERTTEMBERG.label(Locale.ENGLISH)).isEqualTo("Baden-Württemberg");
    assertThat(FederalState.BADEN_WUERTTEMBERG.code()).isEqualTo("DE-BW");
    assertThat(FederalState.BADEN_WUERTTEMBERG.labelKey()).isEqualTo("FederalState.DE-BW");
  }

  @Test
  void fromCode_rejectsUnknownCodeListingTheKnownOnes() {
    assertInvalid(
        () -> Labelled.fromCode(FormOfAddress.class, "madame"),
        "FormOfAddress",
        "has no code 'madame'; known codes: frau, herr, none");
  }

  @Test
  void fromCode_rejectsNull() {
    assertInvalid(() -> Labelled.fromCode(FormOfAddress.class, null), "FormOfAddress", "code must not be null");
  }
}
