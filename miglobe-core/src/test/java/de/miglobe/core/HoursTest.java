package de.miglobe.core;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HoursTest {

  @ParameterizedTest(name = "{0} -> {1} hundredths, shown as {2}")
  @CsvSource({
    "0, 0, 0",
    "0.25, 25, 0.25",
    "0.010, 1, 0.01",
    "1e2, 10000, 100",
    "1.5, 150, 1.5",
    "1.50, 150, 1.5",
    "12, 1200, 12",
    "100000, 10000000, 100000"
  })
  void parse_acceptsDecimalsWithAtMostTwoPlaces(String text, long hundredths, String shown) {
    Hours hours = Hours.parse(text);
    assertThat(hours.hundredths()).isEqualTo(hundredths);
    assertThat(hours).hasToString(shown);
    assertThat(Hours.parse(hours.toString())).isEqualTo(hours);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("negative", "-1", "must not be negative, was -1"),
        Arguments.of("three decimals", "1.125", "must have at most two decimals, was 1.125"),
        Arguments.of("too large", "100000.01", "must not exceed 100000, was 100000.01"),
        Arguments.of("too large and too precise", "100000.125", "must not exceed 100000, was 100000.125"),
        Arguments.of("huge exponent", "1e99999999", "must not exceed 100000, was 1E+99999999"),
        Arguments.of("tiny exponent", "1e-99999999", "must have at most two decimals, was 1E-99999999"),
        Arguments.of("negative huge exponent", "-1e99999999", "must not be negative, was -1E+99999999"),
        Arguments.of("not a number", "eins", "must be a decimal number such as 1.5"),
        Arguments.of("empty", "", "must be a decimal number such as 1.5"));
  }

  @Timeout(5)
  @ParameterizedTest(name = "{0}: ''{1}''")
  @MethodSource("invalid")
  void parse_rejects(String label, String text, String reason) {
    assertInvalid(() -> Hours.parse(text), "Hours", reason);
  }

  @Test
  void of_rejectsNull() {
    assertInvalid(() -> Hours.of((BigDecimal) null), "Hours", "must not be null");
  }

  @Test
  void ofHundredths_rejectsOutOfRange() {
    assertInvalid(() -> Hours.ofHundredths(-1), "Hours", "must be between 0 and 100000, was -0.01");
    assertThat(Hours.ofHundredths(0)).isSameAs(Hours.ZERO);
  }

  @Test
  void plus_addsAndRejectsOverflowBeyondMaximum() {
    assertThat(Hours.parse("1.5").plus(Hours.parse("0.75"))).isEqualTo(Hours.parse("2.25"));
    assertInvalid(
        () -> Hours.of(100000).plus(Hours.ofHundredths(1)),
        "Hours",
        "must be between 0 and 100000, was 100000.01");
  }

  @Test
  void compareTo_ordersByAmount() {
    assertThat(Hours.of(2)).isGreaterThan(Hours.parse("1.99"));
    assertThat(Hours.parse("2.00")).isEqualByComparingTo(Hours.of(2)).isEqualTo(Hours.of(2));
    assertThat(Hours.of(2).hashCode()).isEqualTo(Hours.parse("2.0").hashCode());
  }
}
