package de.miglobe.core.contact;

import de.miglobe.core.internal.Invariants;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact person (Ansprechpartner*in) in a municipality or organisation: name, function
 * ("Bereichsleiterin Familien und Soziales"), department or body, and contact details.
 */
@Value.Immutable
public abstract class ContactPerson {

  ContactPerson() {}

  /** @return a builder for a contact person */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the person's name */
  public abstract PersonName name();

  /** @return the person's function, for example {@code "Leiterin des Arbeitskreises"} */
  public abstract Optional<String> function();

  /** @return the department or body, for example {@code "Arbeitskreis Fest der Nationen"} */
  public abstract Optional<String> department();

  /** @return how to reach the person; empty unless set */
  @Value.Default
  @Value.Redacted
  public ContactDetails contact() {
    return ContactDetails.none();
  }

  @Value.Check
  ContactPerson normalize() {
    Optional<String> function =
        function().map(f -> Invariants.requireLine(f, "ContactPerson.function"));
    Optional<String> department =
        department().map(d -> Invariants.requireLine(d, "ContactPerson.department"));
    if (function.equals(function()) && department.equals(department())) {
      return this;
    }
    return builder().from(this).function(function).department(department).build();
  }

  /** Builds a {@link ContactPerson}. */
  public static final class Builder extends ImmutableContactPerson.Builder {
    Builder() {}
  }
}
