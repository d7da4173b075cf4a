package de.miglobe.core.contact;

import de.miglobe.core.internal.Invariants;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A German postal address: street with house number, five-digit postcode (PLZ), place.
 *
 * <p>Text parts are stripped of surrounding white space. The address is personal data where it
 * belongs to a person; {@code toString()} shows only the place.
 */
@Value.Immutable
public abstract class PostalAddress {

  private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

  PostalAddress() {}

  /** @return a builder for an address */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An address from its three parts.
   *
   * @param street street and house number; not blank
   * @param postcode five digits, surrounding white space stripped; not null
   * @param place the place; not blank
   * @return the address
   */
  public static PostalAddress of(String street, String postcode, String place) {
    return builder().street(street).postcode(postcode).place(place).build();
  }

  /** @return street and house number, for example {@code "Marktplatz 1"} */
  @Value.Redacted
  public abstract String street();

  /** @return the five-digit German postcode, for example {@code "73084"} */
  @Value.Redacted
  public abstract String postcode();

  /** @return the place, for example {@code "Salach"} */
  public abstract String place();

  @Value.Check
  PostalAddress normalize() {
    String street = Invariants.requireLine(street(), "PostalAddress.street");
    String place = Invariants.requireLine(place(), "PostalAddress.place");
    // Stripped like the other parts, so " 73084" pasted from a form is the postcode 73084.
    String postcode = postcode().strip();
    Invariants.require(
        POSTCODE.matcher(postcode).matches(),
        "PostalAddress.postcode",
        "must have 5 digits, had " + postcode.length() + " characters");
    if (street.equals(street()) && postcode.equals(postcode()) && place.equals(place())) {
      return this;
    }
    return builder().from(this).street(street).postcode(postcode).place(place).build();
  }

  /** Builds a {@link PostalAddress}; {@link #build()} checks every part. */
  public static final class Builder extends ImmutablePostalAddress.Builder {
    Builder() {}
  }
}
