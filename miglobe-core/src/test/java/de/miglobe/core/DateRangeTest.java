package de.miglobe.core;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {
  private static final LocalDate START = LocalDate.of(2017, 12, 1);
  private static final LocalDate END = LocalDate.of(2018, 9, 28);

  @Test
  void of_keepsBothDaysAndRoundTripsThroughText() {
    DateRange phase = DateRange.of(START, END);
    assertThat(phase.start()).isEqualTo(START);
    assertThat(phase.end()).isEqualTo(END);
    assertThat(phase).hasToString("2017-12-01/2018-09-28");
    DateRange parsed = DateRange.parse("2017-12-01/2018-09-28");
    assertThat(parsed).isEqualTo(phase).isNotSameAs(phase).hasSameHashCodeAs(phase);
  }

  @Test
  void of_acceptsOneDay() {
    assertThat(DateRange.of(START, START).length()).isEqualTo(Period.ofDays(1));
  }

  @Test
  void of_rejectsEndBeforeStart() {
    assertInvalid(
        () -> DateRange.of(END, START),
        "DateRange.end",
        "must not be before start 2018-09-28, was 2017-12-01");
  }

  @Test
  void of_rejectsMissingDays() {
    assertInvalid(() -> DateRange.of(null, END), "DateRange.start", "must not be null");
    assertInvalid(() -> DateRange.of(START, null), "DateRange.end", "must not be null");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "2017-12-01", "2017-12-01/2018-09-28/2019-01-01", "2017-12-01/x", "01.12.2017/28.09.2018"})
  void parse_rejectsOtherForms(String text) {
    assertInvalid(() -> DateRange.parse(text), "DateRange", "must have the form yyyy-MM-dd/yyyy-MM-dd");
  }

  @Test
  void containsAndOverlaps_includeBothEnds() {
    DateRange phase = DateRange.of(START, END);
    assertThat(phase.contains(START)).isTrue();
    assertThat(phase.contains(END)).isTrue();
    assertThat(phase.contains(START.minusDays(1))).isFalse();
    assertThat(phase.contains(END.plusDays(1))).isFalse();
    assertThat(phase.overlaps(DateRange.of(END, END.plusDays(3)))).isTrue();
    assertThat(phase.overlaps(DateRange.of(END.plusDays(1), END.plusDays(3)))).isFalse();
    assertThat(DateRange.parse("2018-01-01/2018-01-31").length()).isEqualTo(Period.ofMonths(1));
  }
}
