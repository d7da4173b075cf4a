package de.miglobe.core.municipality;

import de.miglobe.core.CountryCode;
import de.miglobe.core.internal.Invariants;
import org.immutables.value.Value;

/** A partnership with a municipality abroad (Städtepartnerschaft, Klimapartnerschaft). */
@Value.Immutable
public abstract class MunicipalPartnership {

  MunicipalPartnership() {}

  /**
   * A partnership.
   *
   * @param partnerName the partner municipality's name; not blank
   * @param country its country; not null
   * @return the partnership
   */
  public static MunicipalPartnership of(String partnerName, CountryCode country) {
    return new Builder().partnerName(partnerName).country(country).build();
  }

  /** @return the partner municipality's name */
  public abstract String partnerName();

  /** @return the partner municipality's country */
  public abstract CountryCode country();

  @Value.Check
  void check() {
    Invariants.requireLine(partnerName(), "MunicipalPartnership.partnerName");
  }

  /** Builds a {@link MunicipalPartnership}. */
  public static final class Builder extends ImmutableMunicipalPartnership.Builder {
    Builder() {}
  }
}
