package de.miglobe.core.qualification;

import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.rule.Evaluation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whether an advisor may be certified for a phase on a day, as an explanation rather than a
 * boolean: every requirement with whether it holds and its numbers ("Modul 4 Kommunalstrukturen
 * nicht besucht; Durchgeführte Praxisberatungen: 1 (erforderlich: 1)"). Obtained from {@link
 * QualificationPhase#eligibility(AdvisorId, LocalDate)}.
 */
public final class CertificationEligibility {

  private final AdvisorId advisor;
  private final QualificationPhaseId phase;
  private final LocalDate on;
  private final List<RequirementCheck> checks;

  CertificationEligibility(
      AdvisorId advisor, QualificationPhaseId phase, LocalDate on, List<RequirementCheck> checks) {
    this.advisor = Objects.requireNonNull(advisor, "advisor");
    this.phase = Objects.requireNonNull(phase, "phase");
    this.on = Objects.requireNonNull(on, "on");
    this.checks = List.copyOf(checks);
  }

  /** @return the advisor; never null */
  public AdvisorId advisor() {
    return advisor;
  }

  /** @return the phase; never null */
  public QualificationPhaseId phase() {
    return phase;
  }

  /** @return the day of the intended certification; never null */
  public LocalDate on() {
    return on;
  }

  /**
   * The requirements in a fixed order: enrolment active, mandatory modules, practice
   * consultations, practice hours, phase ended (if the phase requires it). Without an enrolment the
   * list has the single missing requirement {@code ENROLMENT_NOT_FOUND}.
   *
   * @return the checks; unmodifiable, never null
   */
  public List<RequirementCheck> requirements() {
    return checks;
  }

  /** @return true if every requirement holds */
  public boolean isEligible() {
    return checks.stream().allMatch(RequirementCheck::isHeld);
  }

  /** @return the violations of the missing requirements (errors); empty if eligible */
  public Evaluation evaluation() {
    return Evaluation.of(
        checks.stream()
            .filter(c -> !c.isHeld())
            .map(c -> c.violation().orElseThrow())
            .collect(Collectors.toList()));
  }

  /**
   * The explanation, one line per requirement, held or missing.
   *
   * @param locale the language; not null (German unless English)
   * @return the lines, in the order of {@link #requirements()}
   */
  public List<String> explain(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return checks.stream().map(c -> c.summary(locale)).collect(Collectors.toUnmodifiableList());
  }

  /** @return eligibility and the checks' codes; no personal data */
  @Override
  public String toString() {
    return "CertificationEligibility{advisor="
        + advisor
        + ", phase="
        + phase
        + ", on="
        + on
        + ", eligible="
        + isEligible()
        + ", "
        + checks
        + "}";
  }
}
