package de.miglobe.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.miglobe.core.MiGlobeException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Violation, Evaluation, OperationResult and RuleViolationException. */
class RuleResultTypesTest {

  private final Violation tooLarge =
      Violation.of(RuleCode.CONSULTATION_TEAM_TOO_LARGE, "team", "size", "3", "max", "2");
  private final Violation single =
      Violation.of(RuleCode.CONSULTATION_TEAM_NOT_TANDEM, "team", "size", "1", "expected", "2");

  @Test
  void violation_keepsParametersInOrder_andRendersGermanByDefault() {
    assertThat(tooLarge.parameters()).containsExactly(Map.entry("size", "3"), Map.entry("max", "2"));
    assertThat(tooLarge.severity()).isEqualTo(Severity.ERROR);
    assertThat(tooLarge.message(Locale.FRENCH))
        .isEqualTo("Das Team hat 3 Berater*innen; erlaubt sind höchstens 2.");
    assertThat(tooLarge.message(Locale.UK)).isEqualTo("The team has 3 advisors; at most 2 are allowed.");
  }

  @Test
  void violation_toString_showsSeverityCodeAndPathOnly() {
    Violation withName =
        Violation.of(RuleCode.REFERENCE_UNKNOWN, "consultations[3].team[1]", "kind", "advisor", "id", "dolgor");
    assertThat(withName.toString()).isEqualTo("ERROR REFERENCE_UNKNOWN at consultations[3].team[1]");
  }

  @Test
  void violation_under_prefixesPaths() {
    assertThat(tooLarge.under("consultations[3]").path()).isEqualTo("consultations[3].team");
    assertThat(Violation.of(RuleCode.TESTIMONIAL_WITHOUT_CONSENT, "").under("testimonials[0]").path())
        .isEqualTo("testimonials[0]");
    assertThat(tooLarge.under("").path()).isEqualTo("team");
  }

  @Test
  void typedPlaceholders_showLabels_andFallBackToTheCode() {
    Violation transition =
        Violation.of(RuleCode.CONSULTATION_TRANSITION_NOT_ALLOWED, "status", "from", "completed", "to", "approved");
    assertThat(transition.message(Locale.GERMAN))
        .isEqualTo("Der Status kann nicht von „Abgeschlossen“ zu „Bewilligt“ wechseln.");
    assertThat(transition.message(Locale.ENGLISH))
        .isEqualTo("The status cannot change from \"Completed\" to \"Approved\".");
    Violation unknownCode =
        Violation.of(RuleCode.CONSULTATION_TRANSITION_NOT_ALLOWED, "status", "from", "paused", "to", "approved");
    assertThat(unknownCode.message(Locale.ENGLISH))
        .isEqualTo("The status cannot change from \"paused\" to \"Approved\".");
  }

  @Test
  void violation_rejectsOddParameterPairs() {
    assertThatThrownBy(() -> Violation.of(RuleCode.MODULE_UNKNOWN, "x", "module"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameterPairs must be name/value pairs, had 1 elements");
  }

  @Test
  void evaluation_separatesErrorsAndWarnings_andCombines() {
    Evaluation both = Evaluation.of(single).and(Evaluation.of(tooLarge));
    assertThat(both.violations()).containsExactly(single, tooLarge);
    assertThat(both.errors()).containsExactly(tooLarge);
    assertThat(both.warnings()).containsExactly(single);
    assertThat(both.hasErrors()).isTrue();
    assertThat(Evaluation.of(single).hasErrors()).isFalse();
    assertThat(Evaluation.empty().isEmpty()).isTrue();
    assertThat(both.under("consultations[0]").violations())
        .extracting(Violation::path)
        .containsExactly("consultations[0].team", "consultations[0].team");
  }

  @Test
  void operationResult_acceptedCarriesWarnings_refusedThrowsWithViolations() {
    OperationResult<String> accepted = OperationResult.of(Evaluation.of(single), () -> "neu");
    assertThat(accepted.isAccepted()).isTrue();
    assertThat(accepted.orElseThrow()).isEqualTo("neu");
    assertThat(accepted.warnings()).containsExactly(single);

    OperationResult<String> refused = OperationResult.of(Evaluation.of(single, tooLarge), () -> "neu");
    assertThat(refused.isRefused()).isTrue();
    assertThat(refused.value()).isEmpty();
    assertThat(refused.map(String::length).isRefused()).isTrue();
    assertThatThrownBy(refused::orElseThrow)
        .isInstanceOf(RuleViolationException.class)
        .isInstanceOf(MiGlobeException.class)
        .hasMessage("operation refused: ERROR CONSULTATION_TEAM_TOO_LARGE at team")
        .satisfies(
            e -> assertThat(((RuleViolationException) e).violations()).containsExactly(single, tooLarge));
  }

  @Test
  void operationResult_refusesInconsistentConstruction() {
    assertThatThrownBy(() -> OperationResult.accepted("x", Evaluation.of(tooLarge)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OperationResult.refused(Evaluation.of(single)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a refused operation needs at least one error");
  }

  @Test
  void operationResult_then_keepsWarningsOfBothSteps() {
    OperationResult<Integer> chained =
        OperationResult.accepted("ab", Evaluation.of(single))
            .then(s -> OperationResult.accepted(s.length(), Evaluation.of(single)));
    assertThat(chained.orElseThrow()).isEqualTo(2);
    assertThat(chained.warnings()).hasSize(2);
  }
}
