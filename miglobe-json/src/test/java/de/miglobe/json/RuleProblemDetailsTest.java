package de.miglobe.json;

import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.RuleCode;
import de.miglobe.core.rule.Violation;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Rule evaluations as RFC 9457 problem details. */
class RuleProblemDetailsTest {
  private static final Violation TOO_SMALL =
      Violation.of(RuleCode.CONSULTATION_TEAM_TOO_SMALL, "consultations[0].team", "size", "0", "min", "1");
  private static final Violation NOT_TANDEM = Violation.of(RuleCode.CONSULTATION_TEAM_NOT_TANDEM, "team", "size", "1", "expected", "2");

  @Test
  void of_listsEveryViolationWithItsMessageInTheLanguage() {
    String english = RuleProblemDetails.of(Evaluation.of(TOO_SMALL, NOT_TANDEM), Locale.ENGLISH);

    assertThat(english)
        .isEqualTo(
            "{\"type\":\"https://miglobe.de/problems/rules-not-met\",\"title\":\"Rules not met\",\"status\":422,"
                + "\"detail\":\"1 rule is not met.\",\"errors\":["
                + "{\"code\":\"CONSULTATION_TEAM_TOO_SMALL\",\"severity\":\"error\",\"path\":\"consultations[0].team\","
                + "\"parameters\":{\"size\":\"0\",\"min\":\"1\"},\"detail\":"
                + quoted(TOO_SMALL.message(Locale.ENGLISH))
                + "},{\"code\":\"CONSULTATION_TEAM_NOT_TANDEM\",\"severity\":\"warning\",\"path\":\"team\","
                + "\"parameters\":{\"size\":\"1\",\"expected\":\"2\"},\"detail\":"
                + quoted(NOT_TANDEM.message(Locale.ENGLISH))
                + "}]}");
  }

  @Test
  void of_speaksGermanForEveryOtherLanguage() {
    String german = RuleProblemDetails.of(Evaluation.of(TOO_SMALL), Locale.GERMAN);

    assertThat(german)
        .contains("\"title\":\"Regeln nicht erfüllt\"", "\"detail\":\"1 Regel ist nicht erfüllt.\"")
        .contains(TOO_SMALL.message(Locale.GERMAN))
        .doesNotContain(TOO_SMALL.message(Locale.ENGLISH));
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
