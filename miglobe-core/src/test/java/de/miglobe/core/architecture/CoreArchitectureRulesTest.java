package de.miglobe.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import de.miglobe.core.architecture.fixture.clock.ReadsSystemClock;
import de.miglobe.core.architecture.fixture.clock.TakesClock;
import de.miglobe.core.architecture.fixture.leak.LeakyApi;
import de.miglobe.core.architecture.fixture.leak.TidyApi;
import org.junit.jupiter.api.Test;

/**
 * Proves that each custom rule of {@link CoreArchitectureRules} can fail: it reports the
 * deliberately bad fixtures and accepts the good ones.
 */
class CoreArchitectureRulesTest {

  private static final String FIXTURE = "de.miglobe.core.architecture.fixture";

  @Test
  void noHiddenClock_reportsEveryWayOfReadingTheSystemClock() {
    EvaluationResult result =
        CoreArchitectureRules.NO_HIDDEN_CLOCK.evaluate(importClasses(ReadsSystemClock.class));

    assertThat(result.getFailureReport().getDetails())
        .hasSize(6)
        .anySatisfy(line -> assertThat(line).contains("LocalDate.now()"))
        .anySatisfy(line -> assertThat(line).contains("LocalDate.now(java.time.ZoneId)"))
        .anySatisfy(line -> assertThat(line).contains("Instant.now()"))
        .anySatisfy(line -> assertThat(line).contains("System.currentTimeMillis()"))
        .anySatisfy(line -> assertThat(line).contains("Clock.systemUTC()"))
        .anySatisfy(line -> assertThat(line).contains("Date.<init>()"));
  }

  @Test
  void noHiddenClock_acceptsAnExplicitClock() {
    EvaluationResult result =
        CoreArchitectureRules.NO_HIDDEN_CLOCK.evaluate(importClasses(TakesClock.class));

    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }

  @Test
  void publicApi_reportsGeneratedAndInternalTypesInSignatures() {
    EvaluationResult result =
        CoreArchitectureRules.PUBLIC_API_HIDES_GENERATED_AND_INTERNAL_TYPES.evaluate(
            importClasses(LeakyApi.class));

    assertThat(result.getFailureReport().getDetails())
        .hasSize(3)
        .anySatisfy(line -> assertThat(line).contains("LeakyApi.value()").contains("ImmutableLeakyValue"))
        .anySatisfy(line -> assertThat(line).contains("LeakyApi.take(java.util.List)"))
        .anySatisfy(line -> assertThat(line).contains("exposes de.miglobe.core.internal.Invariants"));
  }

  @Test
  void publicApi_acceptsGeneratedAndInternalTypesOutOfUsersSight() {
    EvaluationResult result =
        CoreArchitectureRules.PUBLIC_API_HIDES_GENERATED_AND_INTERNAL_TYPES.evaluate(
            importClasses(TidyApi.class));

    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }

  @Test
  void packageCycles_areReported() {
    JavaClasses classes = new ClassFileImporter().importPackages(FIXTURE + ".cycle");

    EvaluationResult result =
        CoreArchitectureRules.packagesAreFreeOfCycles(FIXTURE + ".cycle").evaluate(classes);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("package a").contains("package b");
  }

  @Test
  void isGenerated_recognisesImmutablesOutputAndItsNestedBuilder() {
    JavaClasses classes = new ClassFileImporter().importPackages(FIXTURE + ".leak");

    assertThat(CoreArchitectureRules.isGenerated(classes.get(FIXTURE + ".leak.ImmutableLeakyValue")))
        .isTrue();
    assertThat(
            CoreArchitectureRules.isGenerated(
                classes.get(FIXTURE + ".leak.ImmutableLeakyValue$Builder")))
        .isTrue();
    assertThat(CoreArchitectureRules.isGenerated(classes.get(FIXTURE + ".leak.LeakyValue")))
        .isFalse();
  }

  private static JavaClasses importClasses(Class<?>... types) {
    return new ClassFileImporter().importClasses(types);
  }
}
