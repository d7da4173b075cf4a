package de.miglobe.core.qualification;

import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.internal.Invariants;
import de.miglobe.core.rule.OperationResult;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A certificate (Zertifikat): proof that an advisor completed a qualification phase, issued by the
 * programme partners on a day not before the phase ends; it may be revoked with a reason.
 *
 * <p>Invariants checked when it is built: the title is not blank; at least one issuer; a
 * revocation is not before the issue day. That the issue day is not before the end of the phase
 * spans two values and is a programme rule.
 */
@Value.Immutable
public abstract class Certificate {

  Certificate() {}

  /** @return a builder for a certificate */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the identifier within the programme's data */
  public abstract CertificateId id();

  /** @return the certified advisor */
  public abstract AdvisorId advisor();

  /** @return the phase the advisor completed */
  public abstract QualificationPhaseId phase();

  /** @return the day of issue */
  public abstract LocalDate issuedOn();

  /** @return the programme partners that issue it; at least one */
  public abstract Set<OrganisationId> issuers();

  /** @return the title, for example {@code "MiGlobe-Berater*in für kommunale Entwicklungspolitik"} */
  public abstract String title();

  /** @return the topics the qualification covered */
  public abstract Set<ModuleTopic> topicsCovered();

  /** @return the revocation, if the certificate was revoked */
  public abstract Optional<Revocation> revocation();

  /**
   * Whether the certificate is valid on a day: issued on or before it and not revoked on or before
   * it.
   *
   * @param day the day; not null
   * @return true if valid
   */
  public boolean isValidOn(LocalDate day) {
    return !issuedOn().isAfter(day) && revocation().map(r -> r.on().isAfter(day)).orElse(true);
  }

  /**
   * Revokes the certificate with a reason; refused if already revoked ({@code
   * CERTIFICATE_ALREADY_REVOKED}) or dated before the issue ({@code
   * CERTIFICATE_REVOCATION_BEFORE_ISSUE}). The advisor's status follows in {@code
   * ProgrammeOperations.revokeCertificate}.
   *
   * @param on the day of revocation; not null
   * @param reason why; not blank
   * @return the revoked certificate, or the violations
   * @throws de.miglobe.core.InvalidValueException if {@code reason} is blank
   */
  public OperationResult<Certificate> revoke(LocalDate on, String reason) {
    return PhaseOperations.revoke(this, on, reason);
  }

  @Value.Check
  Certificate normalize() {
    Invariants.require(!issuers().isEmpty(), "Certificate.issuers", "must name at least one issuer");
    revocation()
        .ifPresent(
            r ->
                Invariants.require(
                    !r.on().isBefore(issuedOn()),
                    "Certificate.revocation",
                    "must not be before issuedOn " + issuedOn() + ", was " + r.on()));
    String title = Invariants.requireLine(title(), "Certificate.title");
    return title.equals(title()) ? this : builder().from(this).title(title).build();
  }

  /** Builds a {@link Certificate}. */
  public static final class Builder extends ImmutableCertificate.Builder {
    Builder() {}
  }
}
