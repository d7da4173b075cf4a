package de.miglobe.core.municipality;

import de.miglobe.core.contact.ContactPerson;
import de.miglobe.core.contact.PostalAddress;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.internal.Invariants;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A municipality (Kommune: Gemeinde, Stadt, Landkreis) that may request consultations.
 *
 * <p>Invariants checked when it is built: the official name is not blank; the federal state agrees
 * with the key's first two digits; a {@link MunicipalityType#LANDKREIS} has a five-digit key and
 * every other type an eight-digit one; the population is not negative.
 */
@Value.Immutable
public abstract class Municipality {

  Municipality() {}

  /** @return a builder for a municipality */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the identifier within the programme's data */
  public abstract MunicipalityId id();

  /** @return the official name, for example {@code "Salach"} */
  public abstract String officialName();

  /** @return the type of local authority */
  public abstract MunicipalityType type();

  /** @return the official key (AGS) */
  public abstract MunicipalityKey key();

  /** @return the federal state; must agree with the key */
  public abstract FederalState federalState();

  /** @return the name of the Landkreis the municipality lies in, for example {@code "Göppingen"} */
  public abstract Optional<String> districtName();

  /** @return the population, if known; never negative */
  public abstract OptionalInt population();

  /** @return the address of the administration (Rathaus, Landratsamt) */
  public abstract Optional<PostalAddress> administrationAddress();

  /** @return the contact persons in the administration */
  public abstract List<ContactPerson> contactPersons();

  /** @return what the municipality already does in development policy */
  public abstract Optional<DevelopmentPolicyProfile> profile();

  @Value.Check
  Municipality normalize() {
    String name = Invariants.requireLine(officialName(), "Municipality.officialName");
    Optional<String> district =
        districtName().map(d -> Invariants.requireLine(d, "Municipality.districtName"));
    Invariants.require(
        key().federalState() == federalState(),
        "Municipality.federalState",
        "must agree with the key's first two digits "
            + key().stateDigits()
            + " ("
            + key().federalState().code()
            + "), was "
            + federalState().code());
    Invariants.require(
        key().isDistrictKey() == (type() == MunicipalityType.LANDKREIS),
        "Municipality.key",
        type() == MunicipalityType.LANDKREIS
            ? "of a Landkreis must have 5 digits, was 8"
            : "of a " + type().code() + " must have 8 digits, was 5");
    population()
        .ifPresent(
            p -> Invariants.require(p >= 0, "Municipality.population", "must not be negative"));
    if (name.equals(officialName()) && district.equals(districtName())) {
      return this;
    }
    return builder().from(this).officialName(name).districtName(district).build();
  }

  /** Builds a {@link Municipality}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableMunicipality.Builder {
    Builder() {}
  }
}
