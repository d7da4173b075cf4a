package de.miglobe.core.rule;

/**
 * Every rule of the programme, with its stable code and default severity.
 *
 * <p>The {@linkplain #code() code} (equal to the constant's name, for example {@code
 * "CONSULTATION_TEAM_TOO_LARGE"}) is part of the data contract: UIs and JSON carry it and it does
 * not change. Each code has a message in the bundles {@code de.miglobe.core.rule.Messages}
 * (German) and {@code Messages_en} (English) and a row in {@code docs/rules.md}, which lists the
 * parameters and the policy settings.
 */
public enum RuleCode {
  /** Checks that the lifecycle has a transition from the current status to the target status (DOMAIN.md §4.6). */
  CONSULTATION_TRANSITION_NOT_ALLOWED(Severity.ERROR),
  /** Checks that a status change is not dated before the last entry of the history. */
  CONSULTATION_DATE_BEFORE_LAST_CHANGE(Severity.ERROR),
  /** Checks that declining and cancelling give a reason that is not blank. */
  CONSULTATION_REASON_REQUIRED(Severity.ERROR),
  /** Checks that an operation (team change, session, outcome, testimonial) happens only in a status that allows it. */
  CONSULTATION_NOT_ALLOWED_IN_STATUS(Severity.ERROR),
  /** Checks that the municipality lies in a federal state the policy serves. */
  MUNICIPALITY_NOT_ELIGIBLE(Severity.ERROR),
  /** Checks that the team has at least the policy's minimum number of advisors. */
  CONSULTATION_TEAM_TOO_SMALL(Severity.ERROR),
  /** Checks that the team has at most the policy's maximum number of advisors. */
  CONSULTATION_TEAM_TOO_LARGE(Severity.ERROR),
  /** Checks that the team is not smaller than the expected team size (a tandem). */
  CONSULTATION_TEAM_NOT_TANDEM(Severity.WARNING),
  /** Checks that an advisor is on a team at most once. */
  CONSULTATION_TEAM_DUPLICATE_ADVISOR(Severity.ERROR),
  /** Checks that every team member is certified or enrolled in a running qualification phase. */
  CONSULTATION_ADVISOR_NOT_QUALIFIED(Severity.ERROR),
  /** Checks that where the policy requires it, a team with trainees includes a certified advisor. */
  CONSULTATION_TEAM_WITHOUT_CERTIFIED_ADVISOR(Severity.ERROR),
  /** Checks that no advisor is on more consultations in progress than their capacity. */
  ADVISOR_CAPACITY_EXCEEDED(Severity.ERROR),
  /** Checks that a session lies within the consultation's planned period. */
  SESSION_OUTSIDE_PERIOD(Severity.ERROR),
  /** Checks that a session is not dated after the day given as today. */
  SESSION_AFTER_TODAY(Severity.ERROR),
  /** Checks that every advisor present at a session is on the team. */
  SESSION_ADVISOR_NOT_ON_TEAM(Severity.ERROR),
  /** Checks that logged hours stay below the warning share of the hours budget. */
  HOURS_BUDGET_NEARLY_USED(Severity.WARNING),
  /** Checks that logged hours do not exceed the hours budget. */
  HOURS_BUDGET_EXCEEDED(Severity.ERROR),
  /** Checks that a completed consultation has at least one session. */
  CONSULTATION_COMPLETION_WITHOUT_SESSION(Severity.ERROR),
  /** Checks that a completed consultation has at least one outcome. */
  CONSULTATION_COMPLETION_WITHOUT_OUTCOME(Severity.ERROR),
  /** Checks that a published testimonial has the speaker's consent. */
  TESTIMONIAL_WITHOUT_CONSENT(Severity.ERROR),
  /** Checks that an advisor is enrolled in a phase at most once. */
  ENROLMENT_DUPLICATE(Severity.ERROR),
  /** Checks that an enrolment is not dated after the phase ends. */
  ENROLMENT_AFTER_PHASE_END(Severity.ERROR),
  /** Checks that only an applicant or an advisor in qualification enrols. */
  ENROLMENT_ADVISOR_STATUS(Severity.ERROR),
  /** Checks that attendance, practice, withdrawal and certification refer to an enrolment of the advisor in the phase. */
  ENROLMENT_NOT_FOUND(Severity.ERROR),
  /** Checks that attendance, practice, withdrawal and certification refer to an enrolment that is still enrolled. */
  ENROLMENT_NOT_ACTIVE(Severity.ERROR),
  /** Checks that attendance is recorded only for a module of the phase's curriculum. */
  MODULE_UNKNOWN(Severity.ERROR),
  /** Checks that an advisor is never enrolled (and not withdrawn) in two phases whose periods overlap. */
  ADVISOR_IN_OVERLAPPING_PHASES(Severity.ERROR),
  /** Checks that the advisor attended the required share of mandatory modules. */
  CERTIFICATION_MODULES_MISSING(Severity.ERROR),
  /** Checks that the advisor took part in the minimum number of practice consultations. */
  CERTIFICATION_PRACTICE_CONSULTATIONS_MISSING(Severity.ERROR),
  /** Checks that the advisor logged the minimum practice hours. */
  CERTIFICATION_PRACTICE_HOURS_MISSING(Severity.ERROR),
  /** Checks that a certificate is not issued before its phase ends. */
  CERTIFICATE_BEFORE_PHASE_END(Severity.ERROR),
  /** Checks that a certificate is revoked at most once. */
  CERTIFICATE_ALREADY_REVOKED(Severity.ERROR),
  /** Checks that a revocation is not dated before the certificate was issued. */
  CERTIFICATE_REVOCATION_BEFORE_ISSUE(Severity.ERROR),
  /** Checks that a qualification phase lasts between the policy's minimum and maximum number of months. */
  QUALIFICATION_DURATION_OUTSIDE_BOUNDS(Severity.WARNING),
  /** Checks that a certified advisor holds a certificate valid on the day given as today. */
  ADVISOR_CERTIFIED_WITHOUT_CERTIFICATE(Severity.ERROR),
  /** Checks that an advisor in qualification has an enrolment that is still enrolled. */
  ADVISOR_IN_QUALIFICATION_WITHOUT_ENROLMENT(Severity.WARNING),
  /** Checks that every identifier referred to exists in the programme. */
  REFERENCE_UNKNOWN(Severity.ERROR),
  /** Checks that a new certificate or event does not reuse an identifier of the programme. */
  ID_ALREADY_USED(Severity.ERROR);

  private final Severity severity;

  RuleCode(Severity severity) {
    this.severity = severity;
  }

  /** @return the stable code, for example {@code "CONSULTATION_TEAM_TOO_LARGE"}; never null */
  public String code() {
    return name();
  }

  /** @return the severity a violation of this rule has; never null */
  public Severity severity() {
    return severity;
  }
}
