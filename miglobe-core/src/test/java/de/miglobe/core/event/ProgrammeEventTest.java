package de.miglobe.core.event;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.ProgrammeEventId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgrammeEventTest {

  static ProgrammeEvent.Builder stakeholderMeeting() {
    return ProgrammeEvent.builder()
        .id(ProgrammeEventId.of("stuttgart-2018-09-28"))
        .kind(ProgrammeEventKind.STAKEHOLDER_MEETING)
        .title("Stakeholdertreffen")
        .date(LocalDate.of(2018, 9, 28))
        .venue("Literaturhaus Stuttgart")
        .addHost(AdvisorId.of("anna"));
  }

  @Test
  void builder_stripsTitleAndVenue() {
    ProgrammeEvent event = stakeholderMeeting().title(" Stakeholdertreffen ").venue(" Literaturhaus Stuttgart ").build();
    assertThat(event.title()).isEqualTo("Stakeholdertreffen");
    assertThat(event.venue()).contains("Literaturhaus Stuttgart");
    assertThat(event).isEqualTo(stakeholderMeeting().build());
  }

  @Test
  void builder_checksText() {
    assertInvalid(() -> stakeholderMeeting().title("").build(), "ProgrammeEvent.title", "must not be blank");
    assertInvalid(() -> stakeholderMeeting().venue(" ").build(), "ProgrammeEvent.venue", "must not be blank");
    assertInvalid(() -> stakeholderMeeting().addOutcome(" ").build(), "ProgrammeEvent.outcomes", "must not be blank");
    assertInvalid(
        () -> stakeholderMeeting().addOutcome((String) null), "outcomes", "must not contain null");
  }

  @Test
  void agendaItem_checksTitle() {
    AgendaItem panel =
        AgendaItem.builder()
            .kind(AgendaItemKind.PANEL)
            .title(" Podium: Vielfalt in der Kommune ")
            .featuredConsultation(ConsultationId.of("salach-fest-der-nationen"))
            .build();
    assertThat(panel.title()).isEqualTo("Podium: Vielfalt in der Kommune");
    assertThat(stakeholderMeeting().addAgenda(panel).build().agenda()).containsExactly(panel);
    assertInvalid(
        () -> AgendaItem.builder().kind(AgendaItemKind.TALK).title("\u0000").build(),
        "AgendaItem.title",
        "must not contain control characters");
  }
}
