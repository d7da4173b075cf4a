package de.miglobe.core.policy;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.municipality.FederalState;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgrammePolicyTest {

  @Test
  void defaults_ofTheProgramme() {
    ProgrammePolicy policy = ProgrammePolicy.defaults();
    assertThat(policy.regionsServed())
        .containsExactlyInAnyOrder(FederalState.BADEN_WUERTTEMBERG, FederalState.NORDRHEIN_WESTFALEN);
    assertThat(policy.minTeamSize()).isEqualTo(1);
    assertThat(policy.maxTeamSize()).isEqualTo(2);
    assertThat(policy.expectedTeamSize()).isEqualTo(2);
    assertThat(policy.certifiedMemberRequiredWithTrainees()).isFalse();
    assertThat(policy.minQualificationMonths()).isEqualTo(6);
    assertThat(policy.maxQualificationMonths()).isEqualTo(14);
    assertThat(policy.hoursBudgetWarningPercent()).isEqualTo(90);
    assertThat(ProgrammePolicy.builder().build()).isEqualTo(policy);
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("one-person teams", (UnaryOperator<ProgrammePolicy.Builder>) b -> b.maxTeamSize(1).expectedTeamSize(1)),
        Arguments.of("ten-person teams", (UnaryOperator<ProgrammePolicy.Builder>) b -> b.minTeamSize(10).maxTeamSize(10).expectedTeamSize(10)),
        Arguments.of("one state", (UnaryOperator<ProgrammePolicy.Builder>) b -> b.regionsServed(Set.of(FederalState.BAYERN))),
        Arguments.of("qualification 1..36 months", (UnaryOperator<ProgrammePolicy.Builder>) b -> b.minQualificationMonths(1).maxQualificationMonths(36)),
        Arguments.of("warning at 1 %", (UnaryOperator<ProgrammePolicy.Builder>) b -> b.hoursBudgetWarningPercent(1)),
        Arguments.of("warning at 100 %", (UnaryOperator<ProgrammePolicy.Builder>) b -> b.hoursBudgetWarningPercent(100)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void builder_acceptsBounds(String label, UnaryOperator<ProgrammePolicy.Builder> change) {
    assertThat(change.apply(ProgrammePolicy.builder()).build()).isNotNull();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        invalid("no state", b -> b.regionsServed(Set.of()), "ProgrammePolicy.regionsServed", "must name at least one state"),
        invalid("min team 0", b -> b.minTeamSize(0), "ProgrammePolicy.minTeamSize", "must be between 1 and 10, was 0"),
        invalid("min team 11", b -> b.minTeamSize(11), "ProgrammePolicy.minTeamSize", "must be between 1 and 10, was 11"),
        invalid("max below min", b -> b.minTeamSize(3).maxTeamSize(2), "ProgrammePolicy.maxTeamSize", "must be between 3 and 10, was 2"),
        invalid("max 11", b -> b.maxTeamSize(11), "ProgrammePolicy.maxTeamSize", "must be between 1 and 10, was 11"),
        invalid("expected above max", b -> b.expectedTeamSize(3), "ProgrammePolicy.expectedTeamSize", "must be between 1 and 2, was 3"),
        invalid("expected below min", b -> b.minTeamSize(2).expectedTeamSize(1), "ProgrammePolicy.expectedTeamSize", "must be between 2 and 2, was 1"),
        invalid("min months 0", b -> b.minQualificationMonths(0), "ProgrammePolicy.minQualificationMonths", "must be between 1 and 36, was 0"),
        invalid("max months below min", b -> b.maxQualificationMonths(5), "ProgrammePolicy.maxQualificationMonths", "must be between 6 and 36, was 5"),
        invalid("max months 37", b -> b.maxQualificationMonths(37), "ProgrammePolicy.maxQualificationMonths", "must be between 6 and 36, was 37"),
        invalid("warning 0 %", b -> b.hoursBudgetWarningPercent(0), "ProgrammePolicy.hoursBudgetWarningPercent", "must be between 1 and 100, was 0"),
        invalid("warning 101 %", b -> b.hoursBudgetWarningPercent(101), "ProgrammePolicy.hoursBudgetWarningPercent", "must be between 1 and 100, was 101"));
  }

  private static Arguments invalid(
      String label, UnaryOperator<ProgrammePolicy.Builder> change, String attribute, String reason) {
    return Arguments.of(label, change, attribute, reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void builder_rejectsOutOfBounds(
      String label, UnaryOperator<ProgrammePolicy.Builder> change, String attribute, String reason) {
    assertInvalid(() -> change.apply(ProgrammePolicy.builder()).build(), attribute, reason);
  }
}
