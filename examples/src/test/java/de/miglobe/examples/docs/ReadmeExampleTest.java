package de.miglobe.examples.docs;

import static de.miglobe.testkit.SalachStory.SALACH_CONSULTATION;
import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeContext;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.json.MiGlobeJson;
import de.miglobe.testkit.SalachStory;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The code example of README.md: it is this test's snippet, character for character. */
class ReadmeExampleTest {

  @Test
  void readmeExample_runs() {
    String printed =
        StandardOutput.capture(
            () -> {
              // snippet: readme
              Programme programme = SalachStory.programme();  // the source story, from miglobe-testkit
              Consultation salach = programme.consultation(SALACH_CONSULTATION).orElseThrow();

              // Rules explain every "no", in German and English, instead of throwing.
              OperationResult<Consultation> result =
                  salach.approve(LocalDate.of(2018, 10, 1), "Programmbüro", ProgrammeContext.of(programme));
              result.violations().forEach(v -> System.out.println(v.message(Locale.ENGLISH)));
              // The status cannot change from "Completed" to "Approved".

              String json = MiGlobeJson.standard().write(salach);  // the documented wire format
              Consultation again = MiGlobeJson.standard().read(json, Consultation.class);  // equals salach
              // end snippet
              assertThat(result.isRefused()).isTrue();
              assertThat(again).isEqualTo(salach);
            });

    assertThat(printed).isEqualTo("The status cannot change from \"Completed\" to \"Approved\"." + System.lineSeparator());
  }

  @Test
  void readmeShowsTheSnippet() {
    String readme = Snippets.read(Snippets.repository().resolve("README.md"));
    String source =
        Snippets.read(
            Snippets.repository()
                .resolve("examples/src/test/java/de/miglobe/examples/docs/ReadmeExampleTest.java"));

    assertThat(Snippets.inMarkdown(readme)).containsOnlyKeys("readme");
    assertThat(Snippets.inMarkdown(readme).get("readme")).isEqualTo(Snippets.inJava(source).get("readme"));
  }
}
