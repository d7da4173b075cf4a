package de.miglobe.core.id;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every identifier type: its form, length, case, type-distinctness and random values. */
class IdentifierTest {

  static Stream<Arguments> types() {
    return Stream.of(
        type("AdvisorId", AdvisorId::of, AdvisorId::random),
        type("CertificateId", CertificateId::of, CertificateId::random),
        type("ConsultationId", ConsultationId::of, ConsultationId::random),
        type("MunicipalityId", MunicipalityId::of, MunicipalityId::random),
        type("OrganisationId", OrganisationId::of, OrganisationId::random),
        type("ProgrammeEventId", ProgrammeEventId::of, ProgrammeEventId::random),
        type("QualificationPhaseId", QualificationPhaseId::of, QualificationPhaseId::random));
  }

  private static Arguments type(
      String name, Function<String, Identifier> of, Supplier<Identifier> random) {
    return Arguments.of(name, of, random);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void of_keepsTheValueExactly(String name, Function<String, Identifier> of, Supplier<Identifier> random) {
    for (String value : new String[] {"a", "salach-2018", "Fest_der.Nationen-1", "x".repeat(64)}) {
      Identifier id = of.apply(value);
      assertThat(id.value()).isEqualTo(value);
      assertThat(id).hasToString(value).isEqualTo(of.apply(value)).hasSameHashCodeAs(of.apply(value));
      assertThat(id.getClass().getSimpleName()).isEqualTo(name);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void of_isCaseSensitive(String name, Function<String, Identifier> of, Supplier<Identifier> random) {
    assertThat(of.apply("Salach")).isNotEqualTo(of.apply("salach"));
    assertThat(of.apply("Salach").compareTo(of.apply("salach"))).isNegative();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void of_rejectsWrongLength(String name, Function<String, Identifier> of, Supplier<Identifier> random) {
    assertInvalid(() -> of.apply(""), name, "must have 1 to 64 characters, had 0");
    assertInvalid(() -> of.apply("x".repeat(65)), name, "must have 1 to 64 characters, had 65");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void of_rejectsOtherCharacters(String name, Function<String, Identifier> of, Supplier<Identifier> random) {
    for (String value : new String[] {"salach 2018", "salach/2018", "salach@2018", "ümlaut", " a", "a\n"}) {
      assertInvalid(() -> of.apply(value), name, "must contain only A-Z, a-z, 0-9, '.', '_' and '-'");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void of_rejectsNull(String name, Function<String, Identifier> of, Supplier<Identifier> random) {
    assertInvalid(() -> of.apply(null), name, "must not be null");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void random_isUniqueAndValid(String name, Function<String, Identifier> of, Supplier<Identifier> random) {
    Set<Identifier> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      Identifier id = random.get();
      assertThat(of.apply(id.value())).isEqualTo(id);
      assertThat(seen.add(id)).isTrue();
    }
  }

  @Test
  void typesWithTheSameValue_areNotEqual() {
    Set<Object> ids = new HashSet<>();
    types().forEach(t -> {
      @SuppressWarnings("unchecked")
      Function<String, Identifier> of = (Function<String, Identifier>) t.get()[1];
      Identifier id = of.apply("same-1");
      assertThat(ids).doesNotContain(id);
      ids.add(id);
    });
    assertThat(ids).hasSize(7);
    assertThat(AdvisorId.of("same-1")).isNotEqualTo(ConsultationId.of("same-1"));
    assertThat(AdvisorId.of("same-1").compareTo(ConsultationId.of("same-1"))).isNotZero();
  }
}
