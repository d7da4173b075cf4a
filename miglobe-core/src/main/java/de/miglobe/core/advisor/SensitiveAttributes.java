package de.miglobe.core.advisor;

import de.miglobe.core.CountryCode;
import de.miglobe.core.id.OrganisationId;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An advisor's attributes that can reveal ethnic origin (GDPR Art. 9): countries of origin or
 * experience and the communities and networks (migrant organisations, initiatives) the advisor
 * belongs to. They may be held only while the advisor's consent to {@link
 * ConsentScope#SENSITIVE_ATTRIBUTES} is in force; {@code toString()} masks them.
 */
@Value.Immutable
public abstract class SensitiveAttributes {

  private static final SensitiveAttributes NONE = new Builder().build();

  SensitiveAttributes() {}

  /** @return a builder for sensitive attributes */
  public static Builder builder() {
    return new Builder();
  }

  /** @return no sensitive attributes */
  public static SensitiveAttributes none() {
    return NONE;
  }

  /** @return countries or regions of origin or experience (ISO 3166-1 alpha-2) */
  @Value.Redacted
  public abstract Set<CountryCode> countries();

  /** @return communities and networks the advisor belongs to */
  @Value.Redacted
  public abstract Set<OrganisationId> communities();

  /** @return true if nothing is recorded */
  public boolean isEmpty() {
    return countries().isEmpty() && communities().isEmpty();
  }

  /** Builds {@link SensitiveAttributes}. */
  public static final class Builder extends ImmutableSensitiveAttributes.Builder {
    Builder() {}
  }
}
