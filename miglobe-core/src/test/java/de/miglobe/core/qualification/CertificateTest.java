package de.miglobe.core.qualification;

import static de.miglobe.core.InvalidValueAssert.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.id.QualificationPhaseId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateTest {
  private static final LocalDate ISSUED = LocalDate.of(2018, 9, 28);

  static Certificate.Builder anna() {
    return Certificate.builder()
        .id(CertificateId.of("bw-2017-anna"))
        .advisor(AdvisorId.of("anna"))
        .phase(QualificationPhaseId.of("bw-2017"))
        .issuedOn(ISSUED)
        .addIssuer(OrganisationId.of("forum-der-kulturen"))
        .title("Berater*in für Migration und kommunale Entwicklungspolitik")
        .addTopicsCovered(ModuleTopic.FIELDS_OF_ACTION);
  }

  @Test
  void isValidOn_fromIssueUntilRevocation() {
    Certificate certificate = anna().build();
    assertThat(certificate.isValidOn(ISSUED.minusDays(1))).isFalse();
    assertThat(certificate.isValidOn(ISSUED)).isTrue();
    Certificate revoked = anna().revocation(Revocation.of(ISSUED.plusYears(1), "Auf eigenen Wunsch")).build();
    assertThat(revoked.isValidOn(ISSUED.plusYears(1).minusDays(1))).isTrue();
    assertThat(revoked.isValidOn(ISSUED.plusYears(1))).isFalse();
  }

  @Test
  void issuers_mustNotBeEmpty() {
    assertInvalid(
        () -> Certificate.builder().from(anna().build()).issuers(java.util.Set.of()).build(),
        "Certificate.issuers",
        "must name at least one issuer");
  }

  @Test
  void revocation_mustNotBeBeforeIssue() {
    assertThat(anna().revocation(Revocation.of(ISSUED, "Irrtum")).build().revocation()).isPresent();
    assertInvalid(
        () -> anna().revocation(Revocation.of(ISSUED.minusDays(1), "Irrtum")).build(),
        "Certificate.revocation",
        "must not be before issuedOn 2018-09-28, was 2018-09-27");
  }

  @Test
  void revocation_needsAReason() {
    assertThat(Revocation.of(ISSUED, " Irrtum ").reason()).isEqualTo("Irrtum");
    assertInvalid(() -> Revocation.of(ISSUED, " "), "Revocation.reason", "must not be blank");
  }

  @Test
  void title_isStrippedAndChecked() {
    assertThat(anna().title(" Zertifikat ").build().title()).isEqualTo("Zertifikat");
    assertInvalid(() -> anna().title("").build(), "Certificate.title", "must not be blank");
  }

  @Test
  void builder_requiresItsParts() {
    assertInvalid(
        () -> Certificate.builder().title("Zertifikat").build(),
        "Certificate.id, Certificate.advisor, Certificate.phase, Certificate.issuedOn",
        "is required but was not set");
  }
}
