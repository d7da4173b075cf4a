package de.miglobe.testkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeRules;
import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.RuleCode;
import de.miglobe.core.rule.Violation;
import de.miglobe.testkit.ProgrammeGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Law: evaluating the rules never throws for any programme that could be built, over 1,000
 * seeded cases: generated programmes, the same programmes with parts removed (dangling
 * references) and evaluated on odd days, and every violation's message renders in German and
 * English with all parameters filled in. The seed is in every failure message.
 */
class RulesNeverThrowLawTest {

  static LongStream seeds() {
    return LongStream.range(0, 1_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validation_neverThrows_andRendersEveryMessage(long seed) {
    ProgrammeGenerator generator = ProgrammeGenerator.withSeed(seed);
    Programme programme = generator.programme(1 + (int) (seed % 25));
    SplittableRandom random = new SplittableRandom(seed);

    Evaluation generated = ProgrammeRules.validate(programme, generator.today());
    assertThat(generated.errors()).as("seed %d: generated programme has errors", seed).isEmpty();
    assertRenders(generated, seed);

    Programme damaged =
        Programme.builder()
            .from(programme)
            .advisors(sample(programme.advisors(), random))
            .certificates(sample(programme.certificates(), random))
            .phases(sample(programme.phases(), random))
            .municipalities(sample(programme.municipalities(), random))
            .organisations(sample(programme.organisations(), random))
            .consultations(sample(programme.consultations(), random))
            .build();
    LocalDate someDay = LocalDate.of(2015 + random.nextInt(15), 1 + random.nextInt(12), 1);
    Evaluation evaluation = ProgrammeRules.validate(damaged, someDay);
    assertRenders(evaluation, seed);
    boolean removedAdvisorOnATeam =
        programme.consultations().stream()
            .filter(c -> damaged.consultation(c.id()).isPresent())
            .flatMap(c -> c.team().stream())
            .anyMatch(m -> damaged.advisor(m.advisor()).isEmpty());
    if (removedAdvisorOnATeam) {
      assertThat(evaluation.codes()).as("seed %d: dangling team member", seed).contains(RuleCode.REFERENCE_UNKNOWN);
    }
  }

  private static <T> List<T> sample(List<T> elements, SplittableRandom random) {
    List<T> kept = new ArrayList<>();
    for (T element : elements) {
      if (random.nextInt(4) > 0) {
        kept.add(element);
      }
    }
    return kept;
  }

  private static void assertRenders(Evaluation evaluation, long seed) {
    for (Violation violation : evaluation.violations()) {
      for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
        assertThat(violation.message(locale))
            .as("seed %d: %s in %s", seed, violation, locale)
            .isNotBlank()
            .doesNotContain("{");
      }
    }
  }
}
