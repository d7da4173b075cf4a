package de.miglobe.examples.docs;

import static de.miglobe.testkit.SalachStory.SALACH_CONSULTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.miglobe.core.InvalidValueException;
import de.miglobe.core.municipality.FederalState;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.municipality.MunicipalityKey;
import de.miglobe.core.municipality.MunicipalityType;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeOperations;
import de.miglobe.core.programme.ProgrammeRules;
import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.core.rule.RuleViolationException;
import de.miglobe.core.rule.Violation;
import de.miglobe.json.JsonProblem;
import de.miglobe.json.MiGlobeJson;
import de.miglobe.json.MiGlobeJsonException;
import de.miglobe.json.MiGlobeJsonOption;
import de.miglobe.json.MiGlobeModule;
import de.miglobe.testkit.SalachStory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The code of docs/getting-started.md: every {@code java} block there is a snippet of this test,
 * character for character, except the one for Spring Boot (this module has no Spring).
 */
class GettingStartedTest {

  private static final String PAGE = "docs/getting-started.md";
  private final Programme programme = SalachStory.programme();

  @Test
  void buildAValue() {
    String printed =
        StandardOutput.capture(
            () -> {
              // snippet: build
              Municipality salach =
                  Municipality.builder()
                      .id(MunicipalityId.of("mun-salach"))
                      .officialName("Salach")
                      .type(MunicipalityType.GEMEINDE)
                      .key(MunicipalityKey.of("08117042"))  // AGS: Land 08, RB 1, Kreis 17, Gemeinde 042
                      .federalState(FederalState.BADEN_WUERTTEMBERG)
                      .districtName("Göppingen")
                      .build();

              try {
                MunicipalityKey.of("0811704");
              } catch (InvalidValueException e) {
                System.out.println(e.getMessage());
                // MunicipalityKey must have 8 digits (or 5 for a Landkreis), was 7
              }
              // end snippet
              assertThat(salach.key().digits()).isEqualTo("08117042");
            });

    assertThat(printed)
        .isEqualTo("MunicipalityKey must have 8 digits (or 5 for a Landkreis), was 7" + System.lineSeparator());
  }

  @Test
  void runARule() {
    Programme programme = this.programme;
    String printed =
        StandardOutput.capture(
            () -> {
              // snippet: rule
              OperationResult<Programme> result =
                  ProgrammeOperations.updateConsultation(
                      programme,
                      SALACH_CONSULTATION,
                      (consultation, context) ->
                          consultation.cancel(LocalDate.of(2018, 10, 1), "Programmbüro", " "));
              if (result.isRefused()) {
                for (Violation violation : result.violations()) {
                  System.out.println(violation.code() + " at " + violation.path());
                  System.out.println("  " + violation.message(Locale.GERMAN));
                  System.out.println("  " + violation.message(Locale.ENGLISH));
                }
              }
              // CONSULTATION_TRANSITION_NOT_ALLOWED at consultations[0].status
              //   Der Status kann nicht von „Abgeschlossen“ zu „Abgebrochen“ wechseln.
              //   The status cannot change from "Completed" to "Cancelled".
              // CONSULTATION_REASON_REQUIRED at consultations[0].history[4].reason
              //   Für den Status „Abgebrochen“ ist eine Begründung erforderlich.
              //   The status "Cancelled" requires a reason.

              Evaluation validation = ProgrammeRules.validate(programme, LocalDate.of(2018, 9, 28));
              System.out.println(validation.hasErrors());  // false: every cross-entity rule holds
              // end snippet
            });

    assertThat(printed.split("\\R"))
        .containsExactly(
            "CONSULTATION_TRANSITION_NOT_ALLOWED at consultations[0].status",
            "  Der Status kann nicht von „Abgeschlossen“ zu „Abgebrochen“ wechseln.",
            "  The status cannot change from \"Completed\" to \"Cancelled\".",
            "CONSULTATION_REASON_REQUIRED at consultations[0].history[4].reason",
            "  Für den Status „Abgebrochen“ ist eine Begründung erforderlich.",
            "  The status \"Cancelled\" requires a reason.",
            "false");
  }

  @Test
  void readAndWriteJson() {
    Programme programme = this.programme;
    // snippet: json
    MiGlobeJson json = MiGlobeJson.standard();  // strict, hardened, pretty-printed
    String text = json.write(programme);
    Programme again = json.read(text, Programme.class);  // equals programme

    // For exports and public views: no contact details, no sensitive attributes.
    MiGlobeJson redacting = MiGlobeJson.builder().enable(MiGlobeJsonOption.REDACT_PERSONAL_DATA).build();
    String export = redacting.write(programme);
    // end snippet

    assertThat(again).isEqualTo(programme);
    assertThat(text).contains("tirza.emmering@forum-der-kulturen.de");
    assertThat(export).doesNotContain("tirza.emmering@forum-der-kulturen.de");
  }

  @Test
  void registerTheModule() throws Exception {
    Programme programme = this.programme;
    // snippet: module
    ObjectMapper mapper = JsonMapper.builder().addModule(new MiGlobeModule()).build();
    String text = mapper.writeValueAsString(programme);
    Programme again = mapper.readValue(text, Programme.class);

    String export =
        mapper.writer().withAttribute(MiGlobeJsonOption.REDACT_PERSONAL_DATA, true).writeValueAsString(programme);
    // end snippet

    assertThat(again).isEqualTo(programme);
    assertThat(text).contains("tirza.emmering@forum-der-kulturen.de");
    assertThat(export).doesNotContain("tirza.emmering@forum-der-kulturen.de").contains("con-salach-2018");
  }

  @Test
  void handleErrors() {
    Programme programme = this.programme;
    String printed =
        StandardOutput.capture(
            () -> {
              // snippet: errors
              try {
                MiGlobeJson.standard().read("{\"formatVersion\": \"1.0\", \"id\": \"mun-x\"}", Municipality.class);
              } catch (MiGlobeJsonException e) {
                for (JsonProblem problem : e.problems()) {
                  System.out.println(problem.pointer() + " " + problem.code().code());
                }
                // /officialName missing_property, /type missing_property, /key missing_property, ...
                int status = e.httpStatus();  // 400 if not JSON at all, 422 if JSON but not a valid document
                String body = e.toProblemDetails();  // RFC 9457 problem details, for HTTP APIs
              }

              try {
                ProgrammeOperations.updateConsultation(
                        programme,
                        SALACH_CONSULTATION,
                        (consultation, context) -> consultation.complete(LocalDate.of(2018, 10, 1), "Programmbüro"))
                    .orElseThrow();
              } catch (RuleViolationException e) {
                System.out.println(e.violations().get(0).code());  // CONSULTATION_TRANSITION_NOT_ALLOWED
              }
              // end snippet
            });

    assertThat(printed.split("\\R"))
        .containsExactly(
            "/officialName missing_property",
            "/type missing_property",
            "/key missing_property",
            "/federalState missing_property",
            "CONSULTATION_TRANSITION_NOT_ALLOWED");
  }

  @Test
  void pageShowsTheSnippets() {
    String page = Snippets.read(Snippets.repository().resolve(PAGE));
    String source =
        Snippets.read(
            Snippets.repository()
                .resolve("examples/src/test/java/de/miglobe/examples/docs/GettingStartedTest.java"));
    Map<String, String> shown = Snippets.inMarkdown(page);
    Map<String, String> tested = Snippets.inJava(source);

    assertThat(shown.keySet()).containsExactlyElementsOf(tested.keySet());
    shown.forEach((name, code) -> assertThat(code).as(name).isEqualTo(tested.get(name)));
    // Every java block is a tested snippet, except the Spring Boot configuration.
    assertThat(Snippets.javaBlocks(page)).isEqualTo(shown.size() + 1);
  }
}
