package de.miglobe.core.municipality;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityKeyTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "Salach, 08117042, 08, 1, 17, 042, BADEN_WUERTTEMBERG",
    "Stuttgart, 08111000, 08, 1, 11, 000, BADEN_WUERTTEMBERG",
    "Köln, 05315000, 05, 3, 15, 000, NORDRHEIN_WESTFALEN",
    "Erfurt, 16051000, 16, 0, 51, 000, THUERINGEN",
    "Kiel, 01002000, 01, 0, 02, 000, SCHLESWIG_HOLSTEIN"
  })
  void of_splitsEightDigitsIntoTheirParts(
      String place, String digits, String state, String region, String district, String municipality, FederalState federalState) {
    MunicipalityKey key = MunicipalityKey.of(digits);
    assertThat(key.digits()).isEqualTo(digits);
    assertThat(key).hasToString(digits).isEqualTo(MunicipalityKey.of(digits));
    assertThat(key.stateDigits()).isEqualTo(state);
    assertThat(key.regionDigit()).isEqualTo(region);
    assertThat(key.districtDigits()).isEqualTo(district);
    assertThat(key.municipalityDigits()).contains(municipality);
    assertThat(key.federalState()).isEqualTo(federalState);
    assertThat(key.isDistrictKey()).isFalse();
  }

  @Test
  void of_acceptsFiveDigitLandkreisKey() {
    MunicipalityKey goeppingen = MunicipalityKey.of("08117");
    assertThat(goeppingen.isDistrictKey()).isTrue();
    assertThat(goeppingen.municipalityDigits()).isEmpty();
    assertThat(goeppingen.districtDigits()).isEqualTo("17");
    assertThat(goeppingen.federalState()).isEqualTo(FederalState.BADEN_WUERTTEMBERG);
    assertThat(MunicipalityKey.of("08117042").districtKey()).isEqualTo(goeppingen);
    assertThat(goeppingen.districtKey()).isSameAs(goeppingen);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"0811704, 7", "081170420, 9", "0811, 4", "'', 0", "081170, 6"})
  void of_rejectsWrongLength(String digits, int length) {
    assertInvalid(
        () -> MunicipalityKey.of(digits),
        "MunicipalityKey",
        "must have 8 digits (or 5 for a Landkreis), was " + length);
  }

  @Test
  void of_rejectsSevenDigits() {
    assertInvalid(
        () -> MunicipalityKey.of("0811704"), "MunicipalityKey", "must have 8 digits (or 5 for a Landkreis), was 7");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"0811704A", "08 17042", "0811704-", "０８１１７０４２", "08117-42"})
  void of_rejectsNonDigits(String digits) {
    assertInvalid(() -> MunicipalityKey.of(digits), "MunicipalityKey", "must contain only digits 0-9");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"00117042", "17117042", "99111000", "00117"})
  void of_rejectsUnknownStatePrefix(String digits) {
    assertInvalid(
        () -> MunicipalityKey.of(digits),
        "MunicipalityKey",
        "must start with a federal state's digits 01 to 16, was " + digits.substring(0, 2));
  }

  @Test
  void of_rejectsNull() {
    assertInvalid(() -> MunicipalityKey.of(null), "MunicipalityKey", "must not be null");
  }

  @Test
  void federalState_keyPrefixesRoundTrip() {
    for (FederalState state : FederalState.values()) {
      assertThat(FederalState.ofKeyPrefix(state.keyPrefix())).isSameAs(state);
      assertThat(MunicipalityKey.of(state.keyPrefix() + "111000").federalState()).isSameAs(state);
    }
    assertInvalid(() -> FederalState.ofKeyPrefix("17"), "FederalState", "key prefix must be 01 to 16, was '17'");
  }
}
