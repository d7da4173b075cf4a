package de.miglobe.core.programme;

import de.miglobe.core.DateRange;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.advisor.AdvisorStatus;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationRules;
import de.miglobe.core.consultation.ConsultationStatus;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.event.AgendaItem;
import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.policy.ProgrammePolicy;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.Enrolment;
import de.miglobe.core.qualification.EnrolmentStatus;
import de.miglobe.core.qualification.QualificationPhase;
import de.miglobe.core.rule.Evaluation;
import de.miglobe.core.rule.RuleCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validation of a whole {@link Programme} on a day given as "today": referential integrity (every
 * identifier referred to exists), advisors' capacity across consultations in progress, advisors in
 * overlapping phases, advisor status against the record (a certified advisor holds a valid
 * certificate; an advisor in qualification has an active enrolment), certificates issued before
 * their phase ends, plausible phase lengths, and every consultation rule of {@link
 * ConsultationRules#evaluate} (sessions within periods and not after today, hours budget,
 * testimonials without consent, municipality eligibility, team rules, completion needs).
 *
 * <p>Paths start at the programme ({@code consultations[3].team[1]}). The time taken is linear in
 * the size of the data: identifiers are looked up in indexes built once.
 */
public final class ProgrammeRules {

  private ProgrammeRules() {}

  /**
   * Evaluates every programme rule.
   *
   * @param programme the programme; not null
   * @param today the day given as today (sessions after it are errors; certificates must be valid
   *     on it); not null
   * @return every violation; never null; never throws for a programme that could be built
   */
  public static Evaluation validate(Programme programme, LocalDate today) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(today, "today");
    Evaluation.Builder out = Evaluation.builder();
    ProgrammeContext context = ProgrammeContext.of(programme);

    List<OrganisationId> partners = new ArrayList<>(programme.partners());
    for (OrganisationId partner : partners) {
      if (programme.organisation(partner).isEmpty()) {
        unknown(out, "partners", "organisation", partner.value());
      }
    }

    Set<AdvisorId> validCertificate = new HashSet<>();
    List<Certificate> certificates = programme.certificates();
    for (int i = 0; i < certificates.size(); i++) {
      certificate(programme, certificates.get(i), "certificates[" + i + "]", today, out);
      if (certificates.get(i).isValidOn(today)) {
        validCertificate.add(certificates.get(i).advisor());
      }
    }

    Map<AdvisorId, List<Membership>> memberships = new HashMap<>();
    List<QualificationPhase> phases = programme.phases();
    for (int p = 0; p < phases.size(); p++) {
      QualificationPhase phase = phases.get(p);
      String path = "phases[" + p + "]";
      phaseLength(phase, programme.policy(), path, out);
      phase
          .ceremony()
          .filter(e -> programme.event(e).isEmpty())
          .ifPresent(e -> unknown(out, path + ".ceremony", "event", e.value()));
      List<Enrolment> enrolments = phase.enrolments();
      for (int e = 0; e < enrolments.size(); e++) {
        Enrolment enrolment = enrolments.get(e);
        String enrolmentPath = path + ".enrolments[" + e + "]";
        if (programme.advisor(enrolment.advisor()).isEmpty()) {
          unknown(out, enrolmentPath + ".advisor", "advisor", enrolment.advisor().value());
        }
        for (ConsultationId c : enrolment.practice().consultations()) {
          if (programme.consultation(c).isEmpty()) {
            unknown(out, enrolmentPath + ".practice.consultations", "consultation", c.value());
          }
        }
        if (enrolment.status() != EnrolmentStatus.WITHDRAWN) {
          memberships
              .computeIfAbsent(enrolment.advisor(), a -> new ArrayList<>(1))
              .add(new Membership(phase, enrolmentPath));
        }
      }
    }
    memberships.forEach((advisor, list) -> overlaps(advisor, list, out));

    List<Consultation> consultations = programme.consultations();
    for (int i = 0; i < consultations.size(); i++) {
      Consultation consultation = consultations.get(i);
      Evaluation own = ConsultationRules.evaluate(consultation, today, context);
      if (!own.isEmpty()) {
        out.addAll(own.under("consultations[" + i + "]"));
      }
      // Consultations in progress report unknown team members through the team rules.
      if (consultation.status() != ConsultationStatus.IN_PROGRESS) {
        List<TeamMember> team = consultation.team();
        for (int m = 0; m < team.size(); m++) {
          AdvisorId advisor = team.get(m).advisor();
          if (programme.advisor(advisor).isEmpty()) {
            unknown(out, "consultations[" + i + "].team[" + m + "]", "advisor", advisor.value());
          }
        }
      }
      for (OrganisationId organisation : consultation.partnerOrganisations()) {
        if (programme.organisation(organisation).isEmpty()) {
          unknown(
              out, "consultations[" + i + "].partnerOrganisations", "organisation", organisation.value());
        }
      }
    }

    List<Advisor> advisors = programme.advisors();
    for (int i = 0; i < advisors.size(); i++) {
      Advisor advisor = advisors.get(i);
      String path = "advisors[" + i + "]";
      advisor
          .homeMunicipality()
          .filter(m -> programme.municipality(m).isEmpty())
          .ifPresent(m -> unknown(out, path + ".homeMunicipality", "municipality", m.value()));
      if (advisor.status() == AdvisorStatus.CERTIFIED && !validCertificate.contains(advisor.id())) {
        out.add(
            RuleCode.ADVISOR_CERTIFIED_WITHOUT_CERTIFICATE,
            path + ".status",
            "advisor", advisor.id().value(),
            "date", today.toString());
      }
      if (advisor.status() == AdvisorStatus.IN_QUALIFICATION
          && !context.isActivelyEnrolled(advisor.id())) {
        out.add(
            RuleCode.ADVISOR_IN_QUALIFICATION_WITHOUT_ENROLMENT,
            path + ".status",
            "advisor", advisor.id().value());
      }
      int count = context.consultationsInProgress(advisor.id());
      if (count > advisor.capacity()) {
        out.add(
            RuleCode.ADVISOR_CAPACITY_EXCEEDED,
            path + ".capacity",
            "advisor", advisor.id().value(),
            "count", Integer.toString(count),
            "capacity", Integer.toString(advisor.capacity()));
      }
    }

    List<ProgrammeEvent> events = programme.events();
    for (int i = 0; i < events.size(); i++) {
      event(programme, events.get(i), "events[" + i + "]", out);
    }
    return out.build();
  }

  private static void certificate(
      Programme programme,
      Certificate certificate,
      String path,
      LocalDate today,
      Evaluation.Builder out) {
    if (programme.advisor(certificate.advisor()).isEmpty()) {
      unknown(out, path + ".advisor", "advisor", certificate.advisor().value());
    }
    for (OrganisationId issuer : certificate.issuers()) {
      if (programme.organisation(issuer).isEmpty()) {
        unknown(out, path + ".issuers", "organisation", issuer.value());
      }
    }
    programme
        .phase(certificate.phase())
        .ifPresentOrElse(
            phase -> {
              if (phase.requirements().phaseMustHaveEnded()
                  && certificate.issuedOn().isBefore(phase.period().end())) {
                out.add(
                    RuleCode.CERTIFICATE_BEFORE_PHASE_END,
                    path + ".issuedOn",
                    "date", certificate.issuedOn().toString(),
                    "end", phase.period().end().toString());
              }
            },
            () -> unknown(out, path + ".phase", "phase", certificate.phase().value()));
  }

  private static void phaseLength(
      QualificationPhase phase, ProgrammePolicy policy, String path, Evaluation.Builder out) {
    Period length = phase.period().length();
    long months = length.toTotalMonths();
    boolean tooShort = months < policy.minQualificationMonths();
    boolean tooLong =
        months > policy.maxQualificationMonths()
            || (months == policy.maxQualificationMonths() && length.getDays() > 0);
    if (tooShort || tooLong) {
      out.add(
          RuleCode.QUALIFICATION_DURATION_OUTSIDE_BOUNDS,
          path + ".period",
          "months", Long.toString(months),
          "min", Integer.toString(policy.minQualificationMonths()),
          "max", Integer.toString(policy.maxQualificationMonths()));
    }
  }

  private static void overlaps(AdvisorId advisor, List<Membership> list, Evaluation.Builder out) {
    if (list.size() < 2) {
      return;
    }
    list.sort(Comparator.comparing(m -> m.phase.period().start()));
    Membership latest = list.get(0);
    for (int i = 1; i < list.size(); i++) {
      Membership next = list.get(i);
      DateRange reach = latest.phase.period();
      if (!next.phase.period().start().isAfter(reach.end())) {
        out.add(
            RuleCode.ADVISOR_IN_OVERLAPPING_PHASES,
            next.path,
            "advisor", advisor.value(),
            "phase", next.phase.id().value(),
            "other", latest.phase.id().value());
      }
      if (next.phase.period().end().isAfter(reach.end())) {
        latest = next;
      }
    }
  }

  private static void event(
      Programme programme, ProgrammeEvent event, String path, Evaluation.Builder out) {
    for (AdvisorId host : event.hosts()) {
      if (programme.advisor(host).isEmpty()) {
        unknown(out, path + ".hosts", "advisor", host.value());
      }
    }
    for (CertificateId certificate : event.certificatesHandedOver()) {
      if (programme.certificate(certificate).isEmpty()) {
        unknown(out, path + ".certificatesHandedOver", "certificate", certificate.value());
      }
    }
    List<AgendaItem> agenda = event.agenda();
    for (int i = 0; i < agenda.size(); i++) {
      String itemPath = path + ".agenda[" + i + "].featuredConsultation";
      agenda
          .get(i)
          .featuredConsultation()
          .filter(c -> programme.consultation(c).isEmpty())
          .ifPresent(c -> unknown(out, itemPath, "consultation", c.value()));
    }
  }

  private static void unknown(Evaluation.Builder out, String path, String kind, String id) {
    out.add(RuleCode.REFERENCE_UNKNOWN, path, "kind", kind, "id", id);
  }

  private static final class Membership {
    final QualificationPhase phase;
    final String path;

    Membership(QualificationPhase phase, String path) {
      this.phase = phase;
      this.path = path;
    }
  }
}
