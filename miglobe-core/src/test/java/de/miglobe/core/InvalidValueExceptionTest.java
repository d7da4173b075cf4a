package de.miglobe.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rewriting of the generated builders' messages into the {@code attribute reason} form. */
class InvalidValueExceptionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Cannot build PersonName, some of required attributes are not set [familyName]"
            + "|PersonName.familyName|is required but was not set",
        "Cannot build Municipality, some of required attributes are not set [id, officialName]"
            + "|Municipality.id, Municipality.officialName|is required but was not set",
        "familyName|familyName|must not be null",
        "contactPersons element|contactPersons|must not contain null",
        "element|element|must not be null"
      })
  void generatedMessage_isRewritten(String generated, String attribute, String reason) {
    InvalidValueException e = new InvalidValueException(generated);
    assertThat(e.attribute()).isEqualTo(attribute);
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e).hasMessage(attribute + " " + reason).isInstanceOf(MiGlobeException.class);
  }
}
