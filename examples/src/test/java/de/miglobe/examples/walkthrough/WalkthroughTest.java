package de.miglobe.examples.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.programme.Programme;
import de.miglobe.json.MiGlobeJson;
import de.miglobe.testkit.SalachStory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkthroughTest {

  @TempDir Path directory;

  /** Runs {@code main} with the directory as argument and returns what it printed. */
  private String runMain(Path out) throws Exception {
    PrintStream standardOut = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      Walkthrough.main(new String[] {out.toString()});
    } finally {
      System.setOut(standardOut);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void main_reportNamesSalachTheCertificateDateAndTheCompletedConsultation() throws Exception {
    String output = runMain(directory);

    assertThat(output)
        .contains("Gemeinde Salach (AGS 08117042), status completed (Abgeschlossen)")
        .contains("4 sessions, 11.5 of 20 hours")
        .contains("Die Gemeinde Salach setzt sich nun intensiv mit dem Thema Rassismus auseinander")
        .contains("Certificate    Dr. Dolgor Guntsetseg, issued on 2018-09-28")
        .contains("Certificate    N. N. (Berater), issued on 2018-09-28")
        .contains("Event          2018-09-28, Literaturhaus Stuttgart")
        .contains("Podiumsgespräch: der MiGlobe-Beratungseinsatz in der Gemeinde Salach")
        .contains("Validation     0 violations on 2018-09-28");
  }

  @Test
  void main_showsTheRefusedCompletionInGermanAndEnglish() throws Exception {
    String output = runMain(directory);

    assertThat(output)
        .contains(
            String.join(
                System.lineSeparator(),
                "  ! Completing the consultation on its first day is refused:",
                "      CONSULTATION_COMPLETION_WITHOUT_SESSION at consultations[0].sessions",
                "        de: Eine Beratung kann erst mit mindestens einem Termin abgeschlossen werden.",
                "        en: A consultation can only be completed with at least one session.",
                "      CONSULTATION_COMPLETION_WITHOUT_OUTCOME at consultations[0].outcomes",
                "        de: Eine Beratung kann erst mit mindestens einem Ergebnis abgeschlossen werden.",
                "        en: A consultation can only be completed with at least one outcome."));
  }

  @Test
  void main_explainsTheEligibilityThatCountsTheSalachPractice() throws Exception {
    String output = runMain(directory);

    assertThat(output)
        .contains(
            String.join(
                System.lineSeparator(),
                "  * Eligibility of adv-salach-beraterin on 2018-09-28:",
                "      The enrolment of advisor adv-salach-beraterin is active.",
                "      5 of 5 mandatory modules attended (100 % required).",
                "      Practice consultations done: 1 (0 required).",
                "      11.5 practice hours logged (6 required).",
                "      The phase ends on 2018-09-28; issued on 2018-09-28.",
                "  * 4 certificates issued on 2018-09-28"));
  }

  @Test
  void main_writesTheFullDocument_whichIsExactlyTheStoryOfTheReport() throws Exception {
    runMain(directory);

    Path full = directory.resolve("programme.json");
    Programme read = MiGlobeJson.standard().read(Files.readString(full), Programme.class);
    // The operations, applied in the story's order, end in exactly the values the report states.
    assertThat(read).isEqualTo(SalachStory.programme());
    assertThat(Files.readString(full)).contains("tirza.emmering@forum-der-kulturen.de");
  }

  @Test
  void main_writesTheRedactedDocumentWithoutContactDetails() throws Exception {
    runMain(directory);

    String redacted = Files.readString(directory.resolve("programme-redacted.json"));
    assertThat(redacted)
        .contains("\"con-salach-2018\"")
        .contains("Migrantische Vereine beim Fest der Nationen")
        .doesNotContain("tirza.emmering")
        .doesNotContain("+49711248480836")
        .doesNotContain("248 48 08");
  }

  @Test
  void main_createsAMissingDirectory() throws Exception {
    Path nested = directory.resolve("a").resolve("b");

    runMain(nested);

    assertThat(nested.resolve("programme.json")).isRegularFile();
    assertThat(nested.resolve("programme-redacted.json")).isRegularFile();
  }
}
