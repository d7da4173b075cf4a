package de.miglobe.core.consultation;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static de.miglobe.core.consultation.ConsultationStatus.APPROVED;
import static de.miglobe.core.consultation.ConsultationStatus.CANCELLED;
import static de.miglobe.core.consultation.ConsultationStatus.COMPLETED;
import static de.miglobe.core.consultation.ConsultationStatus.DECLINED;
import static de.miglobe.core.consultation.ConsultationStatus.IN_PROGRESS;
import static de.miglobe.core.consultation.ConsultationStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HistoryEntryTest {
  private static final LocalDate ON = LocalDate.of(2018, 3, 1);

  /** The lifecycle of issue 2: every allowed transition. */
  private static final Set<String> ALLOWED =
      Set.of(
          "requested->approved", "requested->declined", "requested->cancelled",
          "approved->in_progress", "approved->cancelled",
          "in_progress->completed", "in_progress->cancelled");

  static HistoryEntry entry(ConsultationStatus from, ConsultationStatus to) {
    return HistoryEntry.builder().on(ON).actor("Koordination").from(Optional.ofNullable(from)).to(to).build();
  }

  static Stream<Arguments> everyPair() {
    return EnumSet.allOf(ConsultationStatus.class).stream()
        .flatMap(f -> EnumSet.allOf(ConsultationStatus.class).stream().map(t -> Arguments.of(f, t)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void to_mustBeATransitionOfTheLifecycle(ConsultationStatus from, ConsultationStatus to) {
    boolean allowed = ALLOWED.contains(from.code() + "->" + to.code());
    assertThat(from.canChangeTo(to)).isEqualTo(allowed);
    if (allowed) {
      assertThat(entry(from, to).to()).isEqualTo(to);
    } else {
      assertInvalid(
          () -> entry(from, to),
          "HistoryEntry.to",
          "must be a transition of the lifecycle, was " + from.code() + " -> " + to.code());
    }
  }

  @Test
  void firstEntry_mustRecordTheRequest() {
    assertThat(entry(null, REQUESTED).from()).isEmpty();
    assertInvalid(
        () -> entry(null, APPROVED),
        "HistoryEntry.to",
        "must be a transition of the lifecycle, was (none) -> approved");
  }

  @Test
  void finalStatuses_haveNoNext() {
    for (ConsultationStatus status : ConsultationStatus.values()) {
      assertThat(status.isFinal()).isEqualTo(EnumSet.of(DECLINED, COMPLETED, CANCELLED).contains(status));
    }
    assertThat(IN_PROGRESS.next()).containsExactlyInAnyOrder(COMPLETED, CANCELLED);
  }

  @Test
  void actorAndReason_areChecked() {
    HistoryEntry entry =
        HistoryEntry.builder().on(ON).actor(" Koordination ").to(REQUESTED).reason("Anfrage per E-Mail").build();
    assertThat(entry.reason()).contains("Anfrage per E-Mail");
    assertInvalid(
        () -> HistoryEntry.builder().on(ON).actor(" ").to(REQUESTED).build(), "HistoryEntry.actor", "must not be blank");
    assertInvalid(
        () -> HistoryEntry.builder().on(ON).actor("Koordination").to(REQUESTED).reason("").build(),
        "HistoryEntry.reason",
        "must not be blank");
    assertInvalid(
        () -> HistoryEntry.builder().actor("Koordination").build(),
        "HistoryEntry.on, HistoryEntry.to",
        "is required but was not set");
  }
}
