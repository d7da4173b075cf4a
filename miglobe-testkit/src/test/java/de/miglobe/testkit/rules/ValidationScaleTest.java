package de.miglobe.testkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.programme.Programme;
import de.miglobe.core.programme.ProgrammeRules;
import de.miglobe.core.rule.Evaluation;
import de.miglobe.testkit.ProgrammeGenerator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Whole-programme validation stays linear: 100,000 consultations (about 500,000 sessions) are
 * validated well within a generous bound that a quadratic scan could not meet (a precise figure is
 * the benchmark's job; on two cores it took about half a second after warm-up).
 */
class ValidationScaleTest {

  @Test
  void validatesOneHundredThousandConsultations_inLinearTime() {
    ProgrammeGenerator generator = ProgrammeGenerator.withSeed(7);
    Programme large = generator.programme(100_000);
    ProgrammeRules.validate(generator.programme(2_000), generator.today()); // warm-up

    Duration took = Duration.ofDays(1);
    Evaluation evaluation = Evaluation.empty();
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      evaluation = ProgrammeRules.validate(large, generator.today());
      Duration once = Duration.ofNanos(System.nanoTime() - start);
      took = once.compareTo(took) < 0 ? once : took;
    }
    System.out.printf("ValidationScaleTest: 100,000 consultations validated in %d ms (best of 3)%n", took.toMillis());

    assertThat(evaluation.errors()).isEmpty();
    assertThat(took).as("validation of 100,000 consultations took %s", took).isLessThan(Duration.ofSeconds(10));
  }
}
