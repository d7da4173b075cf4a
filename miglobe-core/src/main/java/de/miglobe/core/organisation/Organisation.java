package de.miglobe.core.organisation;

import de.miglobe.core.contact.ContactPerson;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.internal.Invariants;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation in the programme's network: a migrant organisation an advisor opens to a
 * municipality, a programme partner such as Forum der Kulturen Stuttgart e. V., or a funder such as
 * SKEW.
 */
@Value.Immutable
public abstract class Organisation {

  Organisation() {}

  /** @return a builder for an organisation */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the identifier within the programme's data */
  public abstract OrganisationId id();

  /** @return the name, for example {@code "Forum der Kulturen Stuttgart e. V."} */
  public abstract String name();

  /** @return a short name, for example {@code "SKEW"} */
  public abstract Optional<String> shortName();

  /** @return what kind of actor it is */
  public abstract OrganisationKind kind();

  /** @return the place where it is based */
  public abstract Optional<String> place();

  /** @return its contact persons */
  public abstract List<ContactPerson> contactPersons();

  @Value.Check
  Organisation normalize() {
    String name = Invariants.requireLine(name(), "Organisation.name");
    Optional<String> shortName =
        shortName().map(s -> Invariants.requireLine(s, "Organisation.shortName"));
    Optional<String> place = place().map(p -> Invariants.requireLine(p, "Organisation.place"));
    if (name.equals(name()) && shortName.equals(shortName()) && place.equals(place())) {
      return this;
    }
    return builder().from(this).name(name).shortName(shortName).place(place).build();
  }

  /** Builds an {@link Organisation}. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }
}
