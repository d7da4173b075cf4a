package de.miglobe.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.Hours;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.consultation.ConsultationStatus;
import de.miglobe.core.consultation.OutcomeKind;
import de.miglobe.core.consultation.TeamMember;
import de.miglobe.core.consultation.TeamRole;
import de.miglobe.core.event.AgendaItemKind;
import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.municipality.FederalState;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.organisation.Organisation;
import de.miglobe.core.organisation.OrganisationKind;
import de.miglobe.core.programme.Programme;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.QualificationPhase;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The whole source story builds as one programme value and tells what the report tells. */
class SalachStoryTest {

  private final Programme programme = SalachStory.programme();

  @Test
  void programme_isEqualOnEveryCall() {
    assertThat(SalachStory.programme()).isEqualTo(programme).isNotSameAs(programme);
  }

  @Test
  void firstPhase_isAboutTenMonthsInBadenWuerttembergAndEndsWithTheCeremony() {
    QualificationPhase phase = programme.phase(SalachStory.FIRST_PHASE).orElseThrow();
    assertThat(phase.region()).isEqualTo(FederalState.BADEN_WUERTTEMBERG);
    assertThat(phase.period().end()).isEqualTo(LocalDate.of(2018, 9, 28));
    assertThat(phase.period().length()).isEqualTo(Period.of(0, 9, 28));
    assertThat(phase.module(4).orElseThrow().title()).isEqualTo("Kommunalstrukturen");
    assertThat(phase.enrolments()).hasSize(4);
    assertThat(phase.ceremony()).contains(SalachStory.STAKEHOLDER_MEETING);
  }

  @Test
  void certificates_areHandedOverOn28September2018AtTheStakeholderMeeting() {
    assertThat(programme.certificates())
        .hasSize(4)
        .allSatisfy(c -> assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2018, 9, 28)))
        .allSatisfy(c -> assertThat(c.issuers()).containsExactly(SalachStory.FORUM_DER_KULTUREN));
    ProgrammeEvent meeting = programme.event(SalachStory.STAKEHOLDER_MEETING).orElseThrow();
    assertThat(meeting.certificatesHandedOver())
        .containsExactlyInAnyOrderElementsOf(
            programme.certificates().stream().map(Certificate::id).toList());
    assertThat(programme.advisors()).allMatch(Advisor::isCertified);
  }

  @Test
  void stakeholderMeeting_atLiteraturhausHostedByTwoAdvisorsWithSalachOnThePanel() {
    ProgrammeEvent meeting = programme.event(SalachStory.STAKEHOLDER_MEETING).orElseThrow();
    assertThat(meeting.venue()).contains("Literaturhaus Stuttgart");
    assertThat(meeting.hosts()).containsExactly(SalachStory.GUNTSETSEG, SalachStory.TCHAKOURA);
    assertThat(programme.advisor(SalachStory.GUNTSETSEG).orElseThrow().name().displayName())
        .isEqualTo("Dr. Dolgor Guntsetseg");
    assertThat(meeting.agenda().get(0).kind()).isEqualTo(AgendaItemKind.PANEL);
    assertThat(meeting.agenda().get(0).featuredConsultation())
        .contains(SalachStory.SALACH_CONSULTATION);
    assertThat(meeting.agenda()).extracting(a -> a.kind())
        .contains(AgendaItemKind.SMALL_GROUP_DISCUSSION, AgendaItemKind.CEREMONY);
  }

  @Test
  void salach_isAGemeindeInLandkreisGoeppingenWithItsContactPersons() {
    Municipality salach = programme.municipality(SalachStory.SALACH).orElseThrow();
    assertThat(salach.key().digits()).isEqualTo("08117042");
    assertThat(salach.key().districtDigits()).isEqualTo("17");
    assertThat(salach.districtName()).contains("Göppingen");
    assertThat(salach.contactPersons())
        .extracting(c -> c.name().formalSalutation())
        .containsExactly("Sehr geehrte Frau Becker", "Sehr geehrte Frau von Bergen");
  }

  @Test
  void consultation_isATandemOfTraineesWhoseWorkIsTheirPracticeAndTookUpRacism() {
    Consultation salach = programme.consultation(SalachStory.SALACH_CONSULTATION).orElseThrow();
    assertThat(salach.status()).isEqualTo(ConsultationStatus.COMPLETED);
    assertThat(salach.team()).extracting(TeamMember::role).containsOnly(TeamRole.TRAINEE).hasSize(2);
    assertThat(salach.request().occasion()).contains("Fest der Nationen");
    assertThat(salach.outcomes()).extracting(o -> o.kind())
        .containsExactly(OutcomeKind.EVENT_HELD, OutcomeKind.FOLLOW_UP_TOPIC);
    assertThat(salach.outcomes().get(1).description()).contains("Rassismus");
    assertThat(salach.testimonials().get(0).hasConsent()).isTrue();
    assertThat(salach.loggedHours()).isEqualTo(Hours.parse("11.5"));
    assertThat(salach.history()).hasSize(4);
    QualificationPhase phase = programme.phase(SalachStory.FIRST_PHASE).orElseThrow();
    assertThat(phase.enrolment(SalachStory.BERATERIN).orElseThrow().practice().consultations())
        .containsExactly(SalachStory.SALACH_CONSULTATION);
  }

  @Test
  void forumDerKulturen_isThePartnerWithItsContactPersonPhoneAndFax() {
    Organisation forum = programme.organisation(SalachStory.FORUM_DER_KULTUREN).orElseThrow();
    assertThat(forum.kind()).isEqualTo(OrganisationKind.PROGRAMME_PARTNER);
    var contact = forum.contactPersons().get(0).contact();
    assertThat(contact.phone().orElseThrow().e164()).isEqualTo("+49711248480836");
    assertThat(contact.phone().orElseThrow().typed()).isEqualTo("07 11/248 48 08-36");
    assertThat(contact.fax().orElseThrow().e164()).isEqualTo("+49711248480888");
    assertThat(contact.email().orElseThrow().value())
        .isEqualTo("tirza.emmering@forum-der-kulturen.de");
    assertThat(programme.partners()).containsExactly(SalachStory.FORUM_DER_KULTUREN, SalachStory.SKEW);
  }

  @Test
  void toString_ofTheWholeProgrammeShowsNoContactDetails() {
    assertThat(programme.toString())
        .contains("Salach")
        .doesNotContain("tirza.emmering", "forum-der-kulturen.de", "248", "+4971");
  }
}
