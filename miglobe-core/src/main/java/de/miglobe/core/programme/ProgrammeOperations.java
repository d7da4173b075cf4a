package de.miglobe.core.programme;

import de.miglobe.core.Hours;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationContext;
import de.miglobe.core.consultation.ConsultationSession;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.event.AgendaItem;
import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.Enrolment;
import de.miglobe.core.qualification.EnrolmentStatus;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.core.rule.RuleCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Operations that change several parts of a {@link Programme} together: enrolment, attendance,
 * practice, withdrawal, certification and revocation (the advisor's status follows), consultation
 * operations applied inside the programme, and events. Each returns a new programme or the
 * violations; the programme passed in is never changed.
 *
 * <p>Advisor status follows the record: enrolling makes an applicant {@code IN_QUALIFICATION};
 * withdrawing from a phase makes them {@code WITHDRAWN}; certification makes them {@code
 * CERTIFIED}; revoking their last valid certificate makes a certified advisor {@code INACTIVE}.
 */
public final class ProgrammeOperations {

  private ProgrammeOperations() {}

  /**
   * Adds a consultation, or replaces the one with the same identifier. No rules: use {@link
   * #requestConsultation} or {@link #updateConsultation} for rule-checked changes.
   *
   * @param programme the programme; not null
   * @param consultation the consultation; not null
   * @return the programme with the consultation
   */
  public static Programme putConsultation(Programme programme, Consultation consultation) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(consultation, "consultation");
    List<Consultation> consultations = new ArrayList<>(programme.consultations());
    int index = indexOf(consultations, consultation.id(), Consultation::id);
    if (index < 0) {
      consultations.add(consultation);
    } else {
      consultations.set(index, consultation);
    }
    return Programme.builder().from(programme).consultations(consultations).build();
  }

  /**
   * Submits a consultation request (see {@link Consultation#request}) and adds it to the programme.
   *
   * @param programme the programme; not null
   * @param draft the requested consultation, status requested, empty history; not null
   * @param actor who records the request; not blank
   * @return the programme with the new consultation, or the violations; {@code ID_ALREADY_USED} if
   *     the identifier is taken
   */
  public static OperationResult<Programme> requestConsultation(
      Programme programme, Consultation draft, String actor) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(draft, "draft");
    if (programme.consultation(draft.id()).isPresent()) {
      return OperationResult.refused(
          Evaluation.of(
              de.miglobe.core.rule.Violation.of(
                  RuleCode.ID_ALREADY_USED,
                  "consultations",
                  "kind", "consultation",
                  "id", draft.id().value())));
    }
    int index = programme.consultations().size();
    return under(
            Consultation.request(draft, actor, ProgrammeContext.of(programme)),
            "consultations[" + index + "]")
        .map(c -> putConsultation(programme, c));
  }

  /**
   * Applies a consultation operation inside the programme, for example {@code
   * updateConsultation(p, id, (c, ctx) -> c.approve(day, "Programmbüro", ctx))}. Violation paths
   * are prefixed with {@code consultations[i]}.
   *
   * @param programme the programme; not null
   * @param id the consultation; not null
   * @param operation the operation, given the consultation and the programme as context; not null
   * @return the programme with the changed consultation, or the violations ({@code
   *     REFERENCE_UNKNOWN} for an unknown consultation)
   */
  public static OperationResult<Programme> updateConsultation(
      Programme programme,
      ConsultationId id,
      BiFunction<Consultation, ConsultationContext, OperationResult<Consultation>> operation) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(operation, "operation");
    int index = indexOf(programme.consultations(), id, Consultation::id);
    if (index < 0) {
      return unknown("consultations", "consultation", id.value());
    }
    Consultation consultation = programme.consultations().get(index);
    return under(
            operation.apply(consultation, ProgrammeContext.of(programme)),
            "consultations[" + index + "]")
        .map(c -> putConsultation(programme, c));
  }

  /**
   * Enrols an advisor in a phase: the advisor is an applicant or in qualification and is not
   * enrolled in another phase whose period overlaps; the advisor's status becomes {@code
   * IN_QUALIFICATION}.
   *
   * @param programme the programme; not null
   * @param phase the phase; not null
   * @param advisor the advisor; not null
   * @param on the day of enrolment; not null
   * @return the changed programme, or the violations
   */
  public static OperationResult<Programme> enrol(
      Programme programme, QualificationPhaseId phase, AdvisorId advisor, LocalDate on) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(on, "on");
    int phaseIndex = indexOf(programme.phases(), phase, QualificationPhase::id);
    int advisorIndex = indexOf(programme.advisors(), advisor, Advisor::id);
    Evaluation.Builder out = Evaluation.builder();
    if (phaseIndex < 0) {
      out.add(RuleCode.REFERENCE_UNKNOWN, "phases", "kind", "phase", "id", phase.value());
    }
    if (advisorIndex < 0) {
      out.add(RuleCode.REFERENCE_UNKNOWN, "advisors", "kind", "advisor", "id", advisor.value());
    }
    if (out.hasErrors()) {
      return OperationResult.refused(out.build());
    }
    Advisor person = programme.advisors().get(advisorIndex);
    if (person.status() != AdvisorStatus.APPLICANT
        && person.status() != AdvisorStatus.IN_QUALIFICATION) {
      out.add(
          RuleCode.ENROLMENT_ADVISOR_STATUS,
          "advisors[" + advisorIndex + "].status",
          "advisor", advisor.value(),
          "status", person.status().code());
    }
    QualificationPhase target = programme.phases().get(phaseIndex);
    for (QualificationPhase other : programme.phases()) {
      if (other.id().equals(phase) || !other.period().overlaps(target.period())) {
        continue;
      }
      other
          .enrolment(advisor)
          .filter(e -> e.status() != EnrolmentStatus.WITHDRAWN)
          .ifPresent(
              e ->
                  out.add(
                      RuleCode.ADVISOR_IN_OVERLAPPING_PHASES,
                      "phases[" + phaseIndex + "].enrolments",
                      "advisor", advisor.value(),
                      "phase", phase.value(),
                      "other", other.id().value()));
    }
    OperationResult<QualificationPhase> enrolled =
        under(target.enrol(advisor, on), "phases[" + phaseIndex + "]");
    Evaluation checks = out.build();
    if (checks.hasErrors() || enrolled.isRefused()) {
      return OperationResult.refused(checks.and(enrolled.evaluation()));
    }
    Programme changed = withPhase(programme, phaseIndex, enrolled.orElseThrow());
    return OperationResult.accepted(
        withAdvisorStatus(changed, advisorIndex, AdvisorStatus.IN_QUALIFICATION),
        checks.and(enrolled.evaluation()));
  }

  /**
   * Records that an advisor attended a module (see {@link QualificationPhase#recordAttendance}).
   *
   * @param programme the programme; not null
   * @param phase the phase; not null
   * @param advisor the advisor; not null
   * @param module the module number
   * @return the changed programme, or the violations
   */
  public static OperationResult<Programme> recordAttendance(
      Programme programme, QualificationPhaseId phase, AdvisorId advisor, int module) {
    return changePhase(programme, phase, p -> p.recordAttendance(advisor, module));
  }

  /**
   * Records practice hours of an advisor outside a recorded consultation (see {@link
   * QualificationPhase#recordPracticeHours}).
   *
   * @param programme the programme; not null
   * @param phase the phase; not null
   * @param advisor the advisor; not null
   * @param hours the hours; not null
   * @return the changed programme, or the violations
   */
  public static OperationResult<Programme> recordPracticeHours(
      Programme programme, QualificationPhaseId phase, AdvisorId advisor, Hours hours) {
    return changePhase(programme, phase, p -> p.recordPracticeHours(advisor, hours));
  }

  /**
   * Counts a consultation as practice for every team member who is enrolled (active) in a phase
   * and attended at least one of its sessions within that phase's period; the hours are those of
   * the sessions attended there. A consultation already in a member's practice record is skipped,
   * so calling this twice changes nothing.
   *
   * @param programme the programme; not null
   * @param consultation the consultation; not null
   * @return the changed programme, or {@code REFERENCE_UNKNOWN}
   */
  public static OperationResult<Programme> recordPractice(
      Programme programme, ConsultationId consultation) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(consultation, "consultation");
    int index = indexOf(programme.consultations(), consultation, Consultation::id);
    if (index < 0) {
      return unknown("consultations", "consultation", consultation.value());
    }
    Consultation c = programme.consultations().get(index);
    List<QualificationPhase> phases = new ArrayList<>(programme.phases());
    for (TeamMember member : c.team()) {
      for (int i = 0; i < phases.size(); i++) {
        QualificationPhase phase = phases.get(i);
        Enrolment enrolment = phase.enrolment(member.advisor()).orElse(null);
        if (enrolment == null
            || enrolment.status() != EnrolmentStatus.ENROLLED
            || enrolment.practice().consultations().contains(consultation)) {
          continue;
        }
        long hundredths = 0;
        boolean attended = false;
        for (ConsultationSession session : c.sessions()) {
          if (session.advisorsPresent().contains(member.advisor())
              && phase.period().contains(session.date())) {
            attended = true;
            hundredths += session.duration().hundredths();
          }
        }
        if (attended) {
          phases.set(
              i,
              phase
                  .recordPractice(member.advisor(), consultation, Hours.ofHundredths(hundredths))
                  .orElseThrow());
        }
      }
    }
    return OperationResult.accepted(Programme.builder().from(programme).phases(phases).build());
  }

  /**
   * Withdraws an advisor from a phase; the advisor's status becomes {@code WITHDRAWN}.
   *
   * @param programme the programme; not null
   * @param phase the phase; not null
   * @param advisor the advisor; not null
   * @param on the day; not null, not before the enrolment
   * @return the changed programme, or the violations
   */
  public static OperationResult<Programme> withdraw(
      Programme programme, QualificationPhaseId phase, AdvisorId advisor, LocalDate on) {
    return changePhase(programme, phase, p -> p.withdraw(advisor, on))
        .map(
            changed -> {
              int a = indexOf(changed.advisors(), advisor, Advisor::id);
              return a < 0 ? changed : withAdvisorStatus(changed, a, AdvisorStatus.WITHDRAWN);
            });
  }

  /**
   * Certifies an advisor, only if eligible (see {@link QualificationPhase#eligibility}): the
   * certificate is added, the enrolment completed and the advisor's status becomes {@code
   * CERTIFIED}.
   *
   * @param programme the programme; not null
   * @param phase the phase; not null
   * @param advisor the advisor; not null
   * @param certificate the new certificate's identifier; not null, not yet used
   * @param on the day of issue; not null
   * @param issuers the issuing programme partners; not null, not empty
   * @param title the certificate's title; not blank
   * @return the changed programme, or the violations (every missing requirement)
   */
  public static OperationResult<Programme> certify(
      Programme programme,
      QualificationPhaseId phase,
      AdvisorId advisor,
      CertificateId certificate,
      LocalDate on,
      Set<OrganisationId> issuers,
      String title) {
    Objects.requireNonNull(programme, "programme");
    int phaseIndex = indexOf(programme.phases(), phase, QualificationPhase::id);
    int advisorIndex = indexOf(programme.advisors(), advisor, Advisor::id);
    Evaluation.Builder out = Evaluation.builder();
    if (phaseIndex < 0) {
      out.add(RuleCode.REFERENCE_UNKNOWN, "phases", "kind", "phase", "id", phase.value());
    }
    if (advisorIndex < 0) {
      out.add(RuleCode.REFERENCE_UNKNOWN, "advisors", "kind", "advisor", "id", advisor.value());
    }
    if (programme.certificate(certificate).isPresent()) {
      out.add(
          RuleCode.ID_ALREADY_USED,
          "certificates",
          "kind", "certificate",
          "id", certificate.value());
    }
    if (out.hasErrors()) {
      return OperationResult.refused(out.build());
    }
    QualificationPhase target = programme.phases().get(phaseIndex);
    OperationResult<Certificate> issued =
        under(
            target.issueCertificate(advisor, certificate, on, issuers, title),
            "phases[" + phaseIndex + "]");
    if (issued.isRefused()) {
      return OperationResult.refused(issued.evaluation());
    }
    // An enrolment that already completed the phase (certified later) stays as it is.
    QualificationPhase completed =
        target.enrolment(advisor).map(e -> e.status() == EnrolmentStatus.ENROLLED).orElse(false)
            ? target.completeEnrolment(advisor).orElseThrow()
            : target;
    Programme changed =
        Programme.builder()
            .from(withPhase(programme, phaseIndex, completed))
            .addCertificate(issued.orElseThrow())
            .build();
    return OperationResult.accepted(
        withAdvisorStatus(changed, advisorIndex, AdvisorStatus.CERTIFIED), issued.evaluation());
  }

  /**
   * Revokes a certificate with a reason; a certified advisor without another certificate valid on
   * that day becomes {@code INACTIVE}.
   *
   * @param programme the programme; not null
   * @param certificate the certificate; not null
   * @param on the day of revocation; not null
   * @param reason why; not blank
   * @return the changed programme, or the violations
   */
  public static OperationResult<Programme> revokeCertificate(
      Programme programme, CertificateId certificate, LocalDate on, String reason) {
    Objects.requireNonNull(programme, "programme");
    int index = indexOf(programme.certificates(), certificate, Certificate::id);
    if (index < 0) {
      return unknown("certificates", "certificate", certificate.value());
    }
    return under(programme.certificates().get(index).revoke(on, reason), "certificates[" + index + "]")
        .map(
            revoked -> {
              List<Certificate> certificates = new ArrayList<>(programme.certificates());
              certificates.set(index, revoked);
              Programme changed =
                  Programme.builder().from(programme).certificates(certificates).build();
              int a = indexOf(changed.advisors(), revoked.advisor(), Advisor::id);
              boolean stillValid =
                  certificates.stream()
                      .anyMatch(c -> c.advisor().equals(revoked.advisor()) && c.isValidOn(on));
              if (a >= 0
                  && !stillValid
                  && changed.advisors().get(a).status() == AdvisorStatus.CERTIFIED) {
                return withAdvisorStatus(changed, a, AdvisorStatus.INACTIVE);
              }
              return changed;
            });
  }

  /**
   * Adds a programme event (a stakeholder meeting, a certificate ceremony); every advisor,
   * certificate and consultation it refers to exists and its identifier is new.
   *
   * @param programme the programme; not null
   * @param event the event; not null
   * @return the programme with the event, or the violations
   */
  public static OperationResult<Programme> addEvent(Programme programme, ProgrammeEvent event) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(event, "event");
    Evaluation.Builder out = Evaluation.builder();
    String path = "events[" + programme.events().size() + "]";
    if (programme.event(event.id()).isPresent()) {
      out.add(RuleCode.ID_ALREADY_USED, "events", "kind", "event", "id", event.id().value());
    }
    for (AdvisorId host : event.hosts()) {
      if (programme.advisor(host).isEmpty()) {
        out.add(RuleCode.REFERENCE_UNKNOWN, path + ".hosts", "kind", "advisor", "id", host.value());
      }
    }
    for (CertificateId handed : event.certificatesHandedOver()) {
      if (programme.certificate(handed).isEmpty()) {
        out.add(
            RuleCode.REFERENCE_UNKNOWN,
            path + ".certificatesHandedOver",
            "kind", "certificate",
            "id", handed.value());
      }
    }
    List<AgendaItem> agenda = event.agenda();
    for (int i = 0; i < agenda.size(); i++) {
      String itemPath = path + ".agenda[" + i + "].featuredConsultation";
      agenda
          .get(i)
          .featuredConsultation()
          .filter(c -> programme.consultation(c).isEmpty())
          .ifPresent(
              c ->
                  out.add(
                      RuleCode.REFERENCE_UNKNOWN,
                      itemPath,
                      "kind", "consultation",
                      "id", c.value()));
    }
    return OperationResult.of(
        out.build(), () -> Programme.builder().from(programme).addEvent(event).build());
  }

  private static OperationResult<Programme> changePhase(
      Programme programme,
      QualificationPhaseId phase,
      Function<QualificationPhase, OperationResult<QualificationPhase>> change) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(phase, "phase");
    int index = indexOf(programme.phases(), phase, QualificationPhase::id);
    if (index < 0) {
      return unknown("phases", "phase", phase.value());
    }
    return under(change.apply(programme.phases().get(index)), "phases[" + index + "]")
        .map(p -> withPhase(programme, index, p));
  }

  private static Programme withPhase(Programme programme, int index, QualificationPhase phase) {
    List<QualificationPhase> phases = new ArrayList<>(programme.phases());
    phases.set(index, phase);
    return Programme.builder().from(programme).phases(phases).build();
  }

  private static Programme withAdvisorStatus(Programme programme, int index, AdvisorStatus status) {
    Advisor advisor = programme.advisors().get(index);
    if (advisor.status() == status) {
      return programme;
    }
    List<Advisor> advisors = new ArrayList<>(programme.advisors());
    advisors.set(index, Advisor.builder().from(advisor).status(status).build());
    return Programme.builder().from(programme).advisors(advisors).build();
  }

  private static <T> OperationResult<T> under(OperationResult<T> result, String prefix) {
    if (result.isAccepted()) {
      return OperationResult.accepted(result.orElseThrow(), result.evaluation().under(prefix));
    }
    return OperationResult.refused(result.evaluation().under(prefix));
  }

  private static <T> OperationResult<T> unknown(String path, String kind, String id) {
    return OperationResult.refused(
        Evaluation.builder().add(RuleCode.REFERENCE_UNKNOWN, path, "kind", kind, "id", id).build());
  }

  private static <T, I> int indexOf(List<T> elements, I id, Function<T, I> idOf) {
    Objects.requireNonNull(id, "id");
    for (int i = 0; i < elements.size(); i++) {
      if (idOf.apply(elements.get(i)).equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
