package de.miglobe.core.contact;

import de.miglobe.core.internal.Invariants;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's name in any script, as the person writes it: given name(s), family name, an optional
 * academic title ("Dr.") and the form of address for German letters.
 *
 * <p>Each part is stripped of surrounding white space and otherwise kept exactly; blank parts and
 * parts with control characters are rejected. Given names may be absent where only the family name
 * is known ("Frau Becker").
 *
 * <pre>{@code
 * PersonName name = PersonName.builder()
 *     .academicTitle("Dr.").givenNames("Dolgor").familyName("Guntsetseg")
 *     .formOfAddress(FormOfAddress.FRAU).build();
 * name.displayName();      // "Dr. Dolgor Guntsetseg"
 * name.formalSalutation(); // "Sehr geehrte Frau Dr. Guntsetseg"
 * }</pre>
 */
@Value.Immutable
public abstract class PersonName {

  PersonName() {}

  /** @return a builder for a name */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A name from given and family name, without title or form of address.
   *
   * @param givenNames the given name(s); not blank
   * @param familyName the family name; not blank
   * @return the name
   */
  public static PersonName of(String givenNames, String familyName) {
    return builder().givenNames(givenNames).familyName(familyName).build();
  }

  /** @return the given name(s), if known */
  public abstract Optional<String> givenNames();

  /** @return the family name (with particles such as "von"), never blank */
  public abstract String familyName();

  /** @return the academic title as written, for example {@code "Dr."} */
  public abstract Optional<String> academicTitle();

  /** @return the form of address for letters; {@link FormOfAddress#NONE} unless set */
  @Value.Default
  public FormOfAddress formOfAddress() {
    return FormOfAddress.NONE;
  }

  /**
   * The name as shown in lists and on certificates: title, given names, family name.
   *
   * @return for example {@code "Dr. Dolgor Guntsetseg"}
   */
  public String displayName() {
    StringBuilder name = new StringBuilder();
    academicTitle().ifPresent(title -> name.append(title).append(' '));
    givenNames().ifPresent(given -> name.append(given).append(' '));
    return name.append(familyName()).toString();
  }

  /**
   * The formal German salutation of a letter, without the trailing comma.
   *
   * @return for example {@code "Sehr geehrte Frau Dr. Guntsetseg"} or {@code "Guten Tag Dolgor
   *     Guntsetseg"}
   */
  public String formalSalutation() {
    String titled = academicTitle().map(title -> title + " ").orElse("") + familyName();
    switch (formOfAddress()) {
      case FRAU:
        return "Sehr geehrte Frau " + titled;
      case HERR:
        return "Sehr geehrter Herr " + titled;
      default:
        return "Guten Tag " + displayName();
    }
  }

  @Value.Check
  PersonName normalize() {
    String family = Invariants.requireLine(familyName(), "PersonName.familyName");
    Optional<String> given =
        givenNames().map(g -> Invariants.requireLine(g, "PersonName.givenNames"));
    Optional<String> title =
        academicTitle().map(t -> Invariants.requireLine(t, "PersonName.academicTitle"));
    if (family.equals(familyName()) && given.equals(givenNames()) && title.equals(academicTitle())) {
      return this;
    }
    return builder().from(this).familyName(family).givenNames(given).academicTitle(title).build();
  }

  /** Builds a {@link PersonName}; {@link #build()} checks every part. */
  public static final class Builder extends ImmutablePersonName.Builder {
    Builder() {}
  }
}
