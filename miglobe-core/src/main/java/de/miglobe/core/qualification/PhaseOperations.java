package de.miglobe.core.qualification;

import de.miglobe.core.Hours;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.OperationResult;
import de.miglobe.core.rule.RuleCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The operations behind {@link QualificationPhase}'s and {@link Certificate}'s methods. */
final class PhaseOperations {

  private PhaseOperations() {}

  static OperationResult<QualificationPhase> enrol(
      QualificationPhase phase, AdvisorId advisor, LocalDate on) {
    Objects.requireNonNull(advisor, "advisor");
    Objects.requireNonNull(on, "on");
    Evaluation.Builder out = Evaluation.builder();
    int index = indexOf(phase, advisor);
    if (index >= 0) {
      out.add(
          RuleCode.ENROLMENT_DUPLICATE,
          "enrolments[" + index + "]",
          "advisor", advisor.value(),
          "phase", phase.id().value());
    }
    if (on.isAfter(phase.period().end())) {
      out.add(
          RuleCode.ENROLMENT_AFTER_PHASE_END,
          "enrolments",
          "date", on.toString(),
          "end", phase.period().end().toString());
    }
    return OperationResult.of(
        out.build(),
        () ->
            QualificationPhase.builder()
                .from(phase)
                .addEnrolment(Enrolment.builder().advisor(advisor).enrolledOn(on).build())
                .build());
  }

  static OperationResult<QualificationPhase> recordAttendance(
      QualificationPhase phase, AdvisorId advisor, int module) {
    Evaluation.Builder out = Evaluation.builder();
    int index = requireActive(phase, advisor, out);
    if (phase.module(module).isEmpty()) {
      out.add(
          RuleCode.MODULE_UNKNOWN,
          index >= 0 ? "enrolments[" + index + "].attendedModules" : "modules",
          "module", Integer.toString(module));
    }
    return change(
        phase, index, out, e -> Enrolment.builder().from(e).addAttendedModule(module).build());
  }

  static OperationResult<QualificationPhase> recordPractice(
      QualificationPhase phase, AdvisorId advisor, ConsultationId consultation, Hours hours) {
    // consultation may be null: practice hours outside a recorded consultation
    Objects.requireNonNull(hours, "hours");
    Evaluation.Builder out = Evaluation.builder();
    int index = requireActive(phase, advisor, out);
    return change(
        phase,
        index,
        out,
        e -> {
          PracticeRecord.Builder practice =
              PracticeRecord.builder().from(e.practice()).hours(e.practice().hours().plus(hours));
          if (consultation != null) {
            practice.addConsultation(consultation);
          }
          return Enrolment.builder().from(e).practice(practice.build()).build();
        });
  }

  static OperationResult<QualificationPhase> withdraw(
      QualificationPhase phase, AdvisorId advisor, LocalDate on) {
    Objects.requireNonNull(on, "on");
    Evaluation.Builder out = Evaluation.builder();
    int index = requireActive(phase, advisor, out);
    return change(
        phase,
        index,
        out,
        e ->
            Enrolment.builder()
                .from(e)
                .status(EnrolmentStatus.WITHDRAWN)
                .withdrawnOn(on)
                .build());
  }

  static OperationResult<QualificationPhase> completeEnrolment(
      QualificationPhase phase, AdvisorId advisor) {
    Evaluation.Builder out = Evaluation.builder();
    int index = requireActive(phase, advisor, out);
    return change(
        phase,
        index,
        out,
        e -> Enrolment.builder().from(e).status(EnrolmentStatus.COMPLETED).build());
  }

  static CertificationEligibility eligibility(
      QualificationPhase phase, AdvisorId advisor, LocalDate on) {
    Objects.requireNonNull(advisor, "advisor");
    Objects.requireNonNull(on, "on");
    List<RequirementCheck> checks = new ArrayList<>();
    int index = indexOf(phase, advisor);
    if (index < 0) {
      checks.add(
          RequirementCheck.of(
              RuleCode.ENROLMENT_NOT_FOUND,
              false,
              "enrolments",
              "advisor", advisor.value(),
              "phase", phase.id().value()));
      return new CertificationEligibility(advisor, phase.id(), on, checks);
    }
    Enrolment enrolment = phase.enrolments().get(index);
    String path = "enrolments[" + index + "]";
    CertificationRequirements requirements = phase.requirements();
    checks.add(
        RequirementCheck.of(
            RuleCode.ENROLMENT_NOT_ACTIVE,
            enrolment.status() != EnrolmentStatus.WITHDRAWN,
            path + ".status",
            "advisor", advisor.value(),
            "status", enrolment.status().code()));

    int mandatory = 0;
    int attended = 0;
    StringBuilder missing = new StringBuilder();
    for (TrainingModule module : phase.modules()) {
      if (!module.mandatory()) {
        continue;
      }
      mandatory++;
      if (enrolment.attendedModules().contains(module.number())) {
        attended++;
      } else {
        missing.append(missing.length() == 0 ? "" : ", ")
            .append(module.number())
            .append(' ')
            .append(module.title());
      }
    }
    int percent = requirements.mandatoryModulesAttendedPercent();
    checks.add(
        RequirementCheck.of(
            RuleCode.CERTIFICATION_MODULES_MISSING,
            (long) attended * 100 >= (long) percent * mandatory,
            path + ".attendedModules",
            "attended", Integer.toString(attended),
            "mandatory", Integer.toString(mandatory),
            "percent", Integer.toString(percent),
            "missing", missing.length() == 0 ? "–" : missing.toString()));

    int done = enrolment.practice().consultations().size();
    int required = requirements.minimumPracticeConsultations();
    checks.add(
        RequirementCheck.of(
            RuleCode.CERTIFICATION_PRACTICE_CONSULTATIONS_MISSING,
            done >= required,
            path + ".practice.consultations",
            "done", Integer.toString(done),
            "required", Integer.toString(required)));

    Hours hours = enrolment.practice().hours();
    Hours minimumHours = requirements.minimumPracticeHours();
    checks.add(
        RequirementCheck.of(
            RuleCode.CERTIFICATION_PRACTICE_HOURS_MISSING,
            hours.compareTo(minimumHours) >= 0,
            path + ".practice.hours",
            "done", hours.toString(),
            "required", minimumHours.toString()));

    if (requirements.phaseMustHaveEnded()) {
      checks.add(
          RequirementCheck.of(
              RuleCode.CERTIFICATE_BEFORE_PHASE_END,
              !on.isBefore(phase.period().end()),
              "period",
              "date", on.toString(),
              "end", phase.period().end().toString()));
    }
    return new CertificationEligibility(advisor, phase.id(), on, checks);
  }

  static OperationResult<Certificate> issueCertificate(
      QualificationPhase phase,
      AdvisorId advisor,
      CertificateId id,
      LocalDate on,
      Set<OrganisationId> issuers,
      String title) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(issuers, "issuers");
    Objects.requireNonNull(title, "title");
    CertificationEligibility eligibility = eligibility(phase, advisor, on);
    return OperationResult.of(
        eligibility.evaluation(),
        () -> {
          Set<ModuleTopic> topics = EnumSet.noneOf(ModuleTopic.class);
          Enrolment enrolment = phase.enrolments().get(indexOf(phase, advisor));
          for (TrainingModule module : phase.modules()) {
            if (enrolment.attendedModules().contains(module.number())) {
              topics.add(module.topic());
            }
          }
          return Certificate.builder()
              .id(id)
              .advisor(advisor)
              .phase(phase.id())
              .issuedOn(on)
              .issuers(issuers)
              .title(title)
              .topicsCovered(topics)
              .build();
        });
  }

  static OperationResult<Certificate> revoke(Certificate certificate, LocalDate on, String reason) {
    Objects.requireNonNull(on, "on");
    Evaluation.Builder out = Evaluation.builder();
    certificate
        .revocation()
        .ifPresent(
            r -> out.add(RuleCode.CERTIFICATE_ALREADY_REVOKED, "revocation", "date", r.on().toString()));
    if (on.isBefore(certificate.issuedOn())) {
      out.add(
          RuleCode.CERTIFICATE_REVOCATION_BEFORE_ISSUE,
          "revocation",
          "date", on.toString(),
          "issued", certificate.issuedOn().toString());
    }
    Evaluation evaluation = out.build();
    if (evaluation.hasErrors()) {
      return OperationResult.refused(evaluation);
    }
    Revocation revocation = Revocation.of(on, reason);
    return OperationResult.accepted(
        Certificate.builder().from(certificate).revocation(revocation).build());
  }

  private static int indexOf(QualificationPhase phase, AdvisorId advisor) {
    List<Enrolment> enrolments = phase.enrolments();
    for (int i = 0; i < enrolments.size(); i++) {
      if (enrolments.get(i).advisor().equals(advisor)) {
        return i;
      }
    }
    return -1;
  }

  private static int requireActive(
      QualificationPhase phase, AdvisorId advisor, Evaluation.Builder out) {
    Objects.requireNonNull(advisor, "advisor");
    int index = indexOf(phase, advisor);
    if (index < 0) {
      out.add(
          RuleCode.ENROLMENT_NOT_FOUND,
          "enrolments",
          "advisor", advisor.value(),
          "phase", phase.id().value());
    } else if (phase.enrolments().get(index).status() != EnrolmentStatus.ENROLLED) {
      out.add(
          RuleCode.ENROLMENT_NOT_ACTIVE,
          "enrolments[" + index + "].status",
          "advisor", advisor.value(),
          "status", phase.enrolments().get(index).status().code());
    }
    return index;
  }

  private static OperationResult<QualificationPhase> change(
      QualificationPhase phase, int index, Evaluation.Builder out, UnaryOperator<Enrolment> change) {
    return OperationResult.of(
        out.build(),
        () -> {
          List<Enrolment> enrolments = new ArrayList<>(phase.enrolments());
          enrolments.set(index, change.apply(enrolments.get(index)));
          return QualificationPhase.builder().from(phase).enrolments(enrolments).build();
        });
  }
}
