package de.miglobe.core.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.CountryCode;
import de.miglobe.core.id.OrganisationId;
import org.junit.jupiter.api.Test;

class SensitiveAttributesTest {

  @Test
  void none_isEmpty() {
    assertThat(SensitiveAttributes.none().isEmpty()).isTrue();
    assertThat(SensitiveAttributes.builder().addCountry(CountryCode.of("TG")).build().isEmpty()).isFalse();
    assertThat(SensitiveAttributes.builder().addCommunity(OrganisationId.of("togo-ev")).build().isEmpty()).isFalse();
  }

  @Test
  void toString_hidesCountriesAndCommunities() {
    SensitiveAttributes sensitive =
        SensitiveAttributes.builder()
            .addCountry(CountryCode.of("TG"))
            .addCountry(CountryCode.of("SY"))
            .addCommunity(OrganisationId.of("togoischer-verein"))
            .build();
    assertThat(sensitive.toString()).doesNotContain("TG", "SY", "togoischer-verein");
  }
}
