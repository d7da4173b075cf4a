package de.miglobe.core.qualification;

import de.miglobe.core.DateRange;
import de.miglobe.core.Hours;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.id.ProgrammeEventId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.internal.Invariants;
import de.miglobe.core.municipality.FederalState;
import de.miglobe.core.rule.OperationResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A qualification phase (Qualifizierungsphase): one cohort's training of about ten months, with a
 * curriculum of modules, the advisors enrolled, the requirements for the certificate and the
 * ceremony that ends it.
 *
 * <p>Invariants checked when it is built: the name is not blank; module numbers are unique and
 * every module date lies inside the period; an advisor is enrolled at most once and not after the
 * phase ends; attended modules exist in the curriculum. Whether the length is plausible (about ten
 * months) is a policy rule.
 */
@Value.Immutable
public abstract class QualificationPhase {

  QualificationPhase() {}

  /** @return a builder for a phase */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the identifier within the programme's data */
  public abstract QualificationPhaseId id();

  /** @return the name, for example {@code "Erste Qualifizierungsphase Baden-Württemberg 2017/2018"} */
  public abstract String name();

  /** @return the federal state the cohort is trained for */
  public abstract FederalState region();

  /** @return the period from the first to the last day of the phase */
  public abstract DateRange period();

  /** @return the curriculum, in order */
  public abstract List<TrainingModule> modules();

  /** @return the enrolments */
  public abstract List<Enrolment> enrolments();

  /** @return what a certificate requires; the defaults unless set */
  @Value.Default
  public CertificationRequirements requirements() {
    return CertificationRequirements.defaults();
  }

  /** @return the event at which the certificates are handed over */
  public abstract Optional<ProgrammeEventId> ceremony();

  /**
   * The module with the given number.
   *
   * @param number the module number
   * @return the module, if the curriculum has it
   */
  public Optional<TrainingModule> module(int number) {
    return modules().stream().filter(m -> m.number() == number).findFirst();
  }

  /**
   * The enrolment of an advisor.
   *
   * @param advisor the advisor; not null
   * @return the enrolment, if the advisor is enrolled
   */
  public Optional<Enrolment> enrolment(AdvisorId advisor) {
    return enrolments().stream().filter(e -> e.advisor().equals(advisor)).findFirst();
  }

  /**
   * Whether the phase is running on a day (the day lies in its period).
   *
   * @param day the day; not null
   * @return true if running
   */
  public boolean isRunningOn(LocalDate day) {
    return period().contains(day);
  }

  // ---- Qualification operations. Each returns a new value or the reasons why not; this value is
  // never changed. Advisor status and overlapping phases need the programme: see
  // de.miglobe.core.programme.ProgrammeOperations.

  /**
   * Enrols an advisor; refused if already enrolled ({@code ENROLMENT_DUPLICATE}) or after the
   * phase ends ({@code ENROLMENT_AFTER_PHASE_END}).
   *
   * @param advisor the advisor; not null
   * @param on the day of enrolment; not null
   * @return the phase with the new enrolment, or the violations
   */
  public OperationResult<QualificationPhase> enrol(AdvisorId advisor, LocalDate on) {
    return PhaseOperations.enrol(this, advisor, on);
  }

  /**
   * Records that an enrolled advisor attended a module of the curriculum (again is harmless).
   *
   * @param advisor the advisor; not null; enrolled and not withdrawn or completed
   * @param module the module number; a module of {@link #modules()}
   * @return the phase with the attendance, or the violations
   */
  public OperationResult<QualificationPhase> recordAttendance(AdvisorId advisor, int module) {
    return PhaseOperations.recordAttendance(this, advisor, module);
  }

  /**
   * Records practice: a consultation the trainee took part in and the hours spent.
   *
   * @param advisor the advisor; not null; enrolled and active
   * @param consultation the consultation; not null
   * @param hours the hours to add; not null
   * @return the phase with the practice added, or the violations
   */
  public OperationResult<QualificationPhase> recordPractice(
      AdvisorId advisor, ConsultationId consultation, Hours hours) {
    return PhaseOperations.recordPractice(
        this, advisor, java.util.Objects.requireNonNull(consultation, "consultation"), hours);
  }

  /**
   * Records practice hours gathered outside a consultation of the programme's data (for example
   * shadowing an experienced advisor).
   *
   * @param advisor the advisor; not null; enrolled and active
   * @param hours the hours to add; not null
   * @return the phase with the hours added, or the violations
   */
  public OperationResult<QualificationPhase> recordPracticeHours(AdvisorId advisor, Hours hours) {
    return PhaseOperations.recordPractice(this, advisor, null, hours);
  }

  /**
   * Withdraws an advisor from the phase.
   *
   * @param advisor the advisor; not null; enrolled and active
   * @param on the day of withdrawal; not null, not before the enrolment
   * @return the phase with the enrolment withdrawn, or the violations
   * @throws de.miglobe.core.InvalidValueException if {@code on} is before the enrolment day
   */
  public OperationResult<QualificationPhase> withdraw(AdvisorId advisor, LocalDate on) {
    return PhaseOperations.withdraw(this, advisor, on);
  }

  /**
   * Marks an active enrolment as completed (done when the certificate is issued).
   *
   * @param advisor the advisor; not null; enrolled and active
   * @return the phase with the enrolment completed, or the violations
   */
  public OperationResult<QualificationPhase> completeEnrolment(AdvisorId advisor) {
    return PhaseOperations.completeEnrolment(this, advisor);
  }

  /**
   * Explains whether an advisor may be certified on a day: each requirement, held or missing,
   * with its numbers.
   *
   * @param advisor the advisor; not null
   * @param on the day of the intended certification; not null
   * @return the explanation; never null
   */
  public CertificationEligibility eligibility(AdvisorId advisor, LocalDate on) {
    return PhaseOperations.eligibility(this, advisor, on);
  }

  /**
   * Issues a certificate, only if the advisor is {@linkplain #eligibility eligible}; the topics
   * covered are those of the modules attended.
   *
   * @param advisor the advisor; not null
   * @param id the certificate's identifier; not null
   * @param on the day of issue; not null
   * @param issuers the programme partners that issue it; not null, not empty
   * @param title the title; not blank
   * @return the certificate, or the missing requirements as violations
   */
  public OperationResult<Certificate> issueCertificate(
      AdvisorId advisor,
      CertificateId id,
      LocalDate on,
      Set<OrganisationId> issuers,
      String title) {
    return PhaseOperations.issueCertificate(this, advisor, id, on, issuers, title);
  }

  @Value.Check
  QualificationPhase normalize() {
    Invariants.requireUnique(modules(), TrainingModule::number, "QualificationPhase.modules");
    Invariants.requireUnique(enrolments(), Enrolment::advisor, "QualificationPhase.enrolments");
    for (TrainingModule module : modules()) {
      for (LocalDate date : module.dates()) {
        Invariants.require(
            period().contains(date),
            "QualificationPhase.modules",
            "module " + module.number() + " date " + date + " must lie within the period " + period());
      }
    }
    for (Enrolment enrolment : enrolments()) {
      Invariants.require(
          !enrolment.enrolledOn().isAfter(period().end()),
          "QualificationPhase.enrolments",
          "enrolment of " + enrolment.advisor() + " must not be after the phase ends " + period().end());
      for (int number : enrolment.attendedModules()) {
        Invariants.require(
            module(number).isPresent(),
            "QualificationPhase.enrolments",
            "enrolment of " + enrolment.advisor() + " refers to module " + number + ", which the curriculum lacks");
      }
    }
    String name = Invariants.requireLine(name(), "QualificationPhase.name");
    return name.equals(name()) ? this : builder().from(this).name(name).build();
  }

  /** Builds a {@link QualificationPhase}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableQualificationPhase.Builder {
    Builder() {}
  }
}
