package de.miglobe.core.advisor;

import de.miglobe.core.LanguageCode;
import de.miglobe.core.contact.ContactDetails;
import de.miglobe.core.contact.PersonName;
import de.miglobe.core.fieldofaction.FieldOfAction;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.internal.Invariants;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An advisor (Berater*in) in the advisor pool: a person with a migration history, trained in a
 * qualification phase and, once certified, advising municipalities.
 *
 * <p>Invariants checked when it is built: capacity is 1 to 20 concurrent consultations; the profile
 * and home region are not blank; sensitive attributes are present only while consent to {@link
 * ConsentScope#SENSITIVE_ATTRIBUTES} is granted. Whether the status agrees with the record (a
 * certified advisor has a certificate) spans several values and is a programme rule.
 *
 * <p>{@code toString()} shows the name and status but masks contact details and sensitive
 * attributes.
 */
@Value.Immutable
public abstract class Advisor {

  /** The default capacity: two consultations in progress at once. */
  public static final int DEFAULT_CAPACITY = 2;

  /** The largest capacity accepted. */
  public static final int MAX_CAPACITY = 20;

  Advisor() {}

  /** @return a builder for an advisor */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the identifier within the programme's data */
  public abstract AdvisorId id();

  /** @return the advisor's name */
  public abstract PersonName name();

  /** @return how to reach the advisor; masked in {@code toString()} */
  @Value.Default
  @Value.Redacted
  public ContactDetails contact() {
    return ContactDetails.none();
  }

  /** @return where the advisor stands in the programme */
  public abstract AdvisorStatus status();

  /** @return the languages the advisor can consult in (ISO 639) */
  public abstract Set<LanguageCode> languages();

  /** @return the fields of action the advisor knows */
  public abstract Set<FieldOfAction> expertise();

  /** @return a free-text profile, as the advisor wrote it */
  public abstract Optional<String> profile();

  /** @return the municipality the advisor lives in, for travel planning */
  public abstract Optional<MunicipalityId> homeMunicipality();

  /** @return the region the advisor lives in where no municipality is recorded ("Region Stuttgart") */
  public abstract Optional<String> homeRegion();

  /** @return how many consultations in progress the advisor takes at once, 1 to 20 */
  @Value.Default
  public int capacity() {
    return DEFAULT_CAPACITY;
  }

  /** @return the sensitive attributes; empty unless consent covers them; masked in {@code toString()} */
  @Value.Default
  @Value.Redacted
  public SensitiveAttributes sensitive() {
    return SensitiveAttributes.none();
  }

  /** @return what the advisor consented to */
  @Value.Default
  public ConsentRecord consent() {
    return ConsentRecord.none();
  }

  /**
   * Whether the advisor may consult now: certified (not inactive or withdrawn).
   *
   * @return true if the status is {@link AdvisorStatus#CERTIFIED}
   */
  public boolean isCertified() {
    return status() == AdvisorStatus.CERTIFIED;
  }

  @Value.Check
  Advisor normalize() {
    Invariants.requireBetween(capacity(), 1, MAX_CAPACITY, "Advisor.capacity");
    Invariants.require(
        sensitive().isEmpty() || consent().isGranted(ConsentScope.SENSITIVE_ATTRIBUTES),
        "Advisor.sensitive",
        "must be empty unless consent to sensitive_attributes is granted and not withdrawn");
    Optional<String> profile = profile().map(p -> Invariants.requireText(p, "Advisor.profile"));
    Optional<String> region = homeRegion().map(r -> Invariants.requireLine(r, "Advisor.homeRegion"));
    if (profile.equals(profile()) && region.equals(homeRegion())) {
      return this;
    }
    return builder().from(this).profile(profile).homeRegion(region).build();
  }

  /** Builds an {@link Advisor}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableAdvisor.Builder {
    Builder() {}
  }
}
