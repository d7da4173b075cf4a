package de.miglobe.core.consultation;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static de.miglobe.core.consultation.ConsultationStatus.APPROVED;
import static de.miglobe.core.consultation.ConsultationStatus.COMPLETED;
import static de.miglobe.core.consultation.ConsultationStatus.IN_PROGRESS;
import static de.miglobe.core.consultation.ConsultationStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.miglobe.core.Hours;
import de.miglobe.core.LanguageCode;
import de.miglobe.core.contact.ContactDetails;
import de.miglobe.core.contact.ContactPerson;
import de.miglobe.core.contact.EmailAddress;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.contact.PhoneNumber;
import de.miglobe.core.fieldofaction.FieldOfAction;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.MunicipalityId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsultationTest {
  private static final LocalDate REQUESTED_ON = LocalDate.of(2018, 2, 12);
  private static final AdvisorId ANNA = AdvisorId.of("anna");
  private static final AdvisorId DOLGOR = AdvisorId.of("dolgor");

  static ContactPerson festDerNationen() {
    return ContactPerson.builder()
        .name(PersonName.of("Ute", "Becker"))
        .department("Arbeitskreis Fest der Nationen")
        .contact(ContactDetails.builder().email(EmailAddress.of("u.becker@salach.de")).phone(PhoneNumber.of("07162 4008-12")).build())
        .build();
  }

  static ConsultationRequest request() {
    return ConsultationRequest.builder()
        .requestedOn(REQUESTED_ON)
        .requestedBy(festDerNationen())
        .addGoal("Migrantische Vereine für das Fest der Nationen gewinnen")
        .addFieldsOfAction(FieldOfAction.INTERCULTURAL_OPENING)
        .occasion("Fest der Nationen")
        .build();
  }

  static HistoryEntry step(LocalDate on, ConsultationStatus from, ConsultationStatus to) {
    return HistoryEntry.builder().on(on).actor("Koordination").from(Optional.ofNullable(from)).to(to).build();
  }

  static Consultation.Builder festOfNations() {
    return Consultation.builder()
        .id(ConsultationId.of("salach-fest-der-nationen"))
        .municipality(MunicipalityId.of("salach"))
        .format(ConsultationFormat.MULTI_MONTH_CONSULTATION)
        .title("Fest der Nationen")
        .status(REQUESTED)
        .request(request());
  }

  static Consultation.Builder inProgress() {
    return festOfNations()
        .status(IN_PROGRESS)
        .addHistory(step(REQUESTED_ON, null, REQUESTED))
        .addHistory(step(REQUESTED_ON.plusDays(7), REQUESTED, APPROVED))
        .addHistory(step(REQUESTED_ON.plusDays(7), APPROVED, IN_PROGRESS));
  }

  @Test
  void requested_needsNoHistory() {
    assertThat(festOfNations().build().history()).isEmpty();
  }

  @Test
  void otherStatus_needsHistory() {
    assertInvalid(
        () -> festOfNations().status(APPROVED).build(),
        "Consultation.history",
        "must record how the status approved was reached");
  }

  @Test
  void history_chainFromTheRequest() {
    Consultation consultation = inProgress().build();
    assertThat(consultation.history()).extracting(HistoryEntry::to).containsExactly(REQUESTED, APPROVED, IN_PROGRESS);
  }

  @Test
  void history_mustStartWithTheRequest() {
    assertInvalid(
        () -> festOfNations().status(APPROVED).addHistory(step(REQUESTED_ON, REQUESTED, APPROVED)).build(),
        "Consultation.history",
        "must start with the request");
  }

  @Test
  void history_entriesMustChain() {
    assertInvalid(
        () ->
            festOfNations()
                .status(COMPLETED)
                .addHistory(step(REQUESTED_ON, null, REQUESTED))
                .addHistory(step(REQUESTED_ON, REQUESTED, APPROVED))
                .addHistory(step(REQUESTED_ON, IN_PROGRESS, COMPLETED))
                .build(),
        "Consultation.history",
        "entry 2 must start from approved");
  }

  @Test
  void history_mustBeDatedInOrder() {
    assertInvalid(
        () ->
            festOfNations()
                .status(APPROVED)
                .addHistory(step(REQUESTED_ON, null, REQUESTED))
                .addHistory(step(REQUESTED_ON.minusDays(1), REQUESTED, APPROVED))
                .build(),
        "Consultation.history",
        "entry 1 must not be dated before entry 0");
  }

  @Test
  void status_mustEqualTheLastEntry() {
    assertInvalid(
        () -> inProgress().status(APPROVED).build(),
        "Consultation.status",
        "must equal the last history entry's status in_progress, was approved");
  }

  @Test
  void title_isStrippedAndChecked() {
    assertThat(festOfNations().title(" Fest der Nationen ").build().title()).isEqualTo("Fest der Nationen");
    assertInvalid(() -> festOfNations().title("").build(), "Consultation.title", "must not be blank");
  }

  @Test
  void team_andLoggedHours() {
    ConsultationSession session =
        ConsultationSession.builder()
            .date(REQUESTED_ON.plusDays(20))
            .duration(Hours.parse("2.5"))
            .kind(SessionKind.MEETING)
            .addAdvisorsPresent(ANNA, DOLGOR)
            .build();
    Consultation consultation =
        inProgress()
            .addTeam(TeamMember.of(ANNA, TeamRole.TRAINEE), TeamMember.of(DOLGOR, TeamRole.TRAINEE))
            .addSession(session)
            .addSession(session)
            .build();
    assertThat(consultation.hasTeamMember(ANNA)).isTrue();
    assertThat(consultation.hasTeamMember(AdvisorId.of("someone-else"))).isFalse();
    assertThat(consultation.loggedHours()).isEqualTo(Hours.of(5));
    assertThat(festOfNations().build().loggedHours()).isEqualTo(Hours.ZERO);
  }

  @Test
  void lists_areCopiedAndUnmodifiable() {
    List<TeamMember> team = new ArrayList<>(List.of(TeamMember.of(ANNA, TeamRole.LEAD)));
    Consultation consultation = festOfNations().team(team).build();
    team.add(TeamMember.of(DOLGOR, TeamRole.CO_ADVISOR));
    assertThat(consultation.team()).hasSize(1);
    assertThatThrownBy(() -> consultation.team().add(TeamMember.of(DOLGOR, TeamRole.CO_ADVISOR)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> consultation.history().add(step(REQUESTED_ON, null, REQUESTED))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builder_requiresItsParts() {
    assertInvalid(
        () -> Consultation.builder().title("Fest der Nationen").build(),
        "Consultation.id, Consultation.municipality, Consultation.format, Consultation.status, Consultation.request",
        "is required but was not set");
  }

  @Test
  void request_needsAGoalAndCleanText() {
    assertThat(request().goals()).hasSize(1);
    assertInvalid(
        () -> ConsultationRequest.builder().requestedOn(REQUESTED_ON).requestedBy(festDerNationen()).build(),
        "ConsultationRequest.goals",
        "must name at least one goal");
    assertInvalid(
        () -> ConsultationRequest.builder().from(request()).addGoal(" ").build(),
        "ConsultationRequest.goals",
        "must not be blank");
    assertInvalid(
        () -> ConsultationRequest.builder().from(request()).addTargetCommunity("Syrische\nCommunity").build(),
        "ConsultationRequest.targetCommunities",
        "must not contain control characters");
    assertInvalid(
        () -> ConsultationRequest.builder().from(request()).occasion(" ").build(),
        "ConsultationRequest.occasion",
        "must not be blank");
    assertThat(ConsultationRequest.builder().from(request()).addTargetLanguage(LanguageCode.of("ar")).build().targetLanguages())
        .containsExactly(LanguageCode.of("ar"));
  }

  @Test
  void session_durationAndAdvisorsChecked() {
    ConsultationSession.Builder session =
        ConsultationSession.builder().date(REQUESTED_ON).kind(SessionKind.WORKSHOP).addAdvisorsPresent(ANNA);
    assertThat(session.duration(Hours.of(24)).build().duration()).isEqualTo(Hours.of(24));
    assertInvalid(
        () -> session.duration(Hours.ZERO).build(),
        "ConsultationSession.duration",
        "must be more than 0 and at most 24 hours, was 0");
    assertInvalid(
        () -> session.duration(Hours.parse("24.25")).build(),
        "ConsultationSession.duration",
        "must be more than 0 and at most 24 hours, was 24.25");
    assertInvalid(
        () -> ConsultationSession.builder().date(REQUESTED_ON).kind(SessionKind.WORKSHOP).duration(Hours.of(2)).build(),
        "ConsultationSession.advisorsPresent",
        "must name at least one advisor");
    assertInvalid(
        () -> session.duration(Hours.of(2)).summary("\t").build(),
        "ConsultationSession.summary",
        "must not be blank");
  }

  @Test
  void outcomeAndTestimonial_checkTheirText() {
    Outcome racism = Outcome.of(OutcomeKind.FOLLOW_UP_TOPIC, "Rassismus als Folgethema", REQUESTED_ON.plusMonths(6));
    assertThat(racism.kind()).isEqualTo(OutcomeKind.FOLLOW_UP_TOPIC);
    assertInvalid(() -> Outcome.of(OutcomeKind.OTHER, " ", REQUESTED_ON), "Outcome.description", "must not be blank");
    Testimonial quote =
        Testimonial.builder().quote("Das Fest war bunter als je zuvor.").speaker(PersonName.of("Ute", "Becker")).build();
    assertThat(quote.hasConsent()).isFalse();
    assertThat(quote.published()).isFalse();
    assertThat(Testimonial.builder().from(quote).consentGivenOn(REQUESTED_ON).build().hasConsent()).isTrue();
    assertInvalid(
        () -> Testimonial.builder().from(quote).quote("").build(), "Testimonial.quote", "must not be blank");
    assertInvalid(
        () -> Testimonial.builder().from(quote).speakerFunction("a\nb").build(),
        "Testimonial.speakerFunction",
        "must not contain control characters");
  }

  @Test
  void toString_containsNoContactDetail() {
    Consultation consultation = inProgress().addMunicipalityContact(festDerNationen()).build();
    assertThat(consultation.toString())
        .contains("Fest der Nationen")
        .doesNotContain("u.becker", "salach.de", "7162", "4008");
  }
}
