package de.miglobe.core.contact;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to reach a person or body: e-mail, phone, fax and postal address, each optional.
 *
 * <p>All of it is personal data: {@code toString()} masks every part, and the JSON layer leaves it
 * out of redacted documents.
 */
@Value.Immutable
public abstract class ContactDetails {

  private static final ContactDetails NONE = new Builder().build();

  ContactDetails() {}

  /** @return a builder for contact details */
  public static Builder builder() {
    return new Builder();
  }

  /** @return contact details with nothing in them */
  public static ContactDetails none() {
    return NONE;
  }

  /** @return the e-mail address */
  @Value.Redacted
  public abstract Optional<EmailAddress> email();

  /** @return the phone number */
  @Value.Redacted
  public abstract Optional<PhoneNumber> phone();

  /** @return the fax number */
  @Value.Redacted
  public abstract Optional<PhoneNumber> fax();

  /** @return the postal address */
  @Value.Redacted
  public abstract Optional<PostalAddress> address();

  /** @return true if no part is present */
  public boolean isEmpty() {
    return email().isEmpty() && phone().isEmpty() && fax().isEmpty() && address().isEmpty();
  }

  /** Builds {@link ContactDetails}. */
  public static final class Builder extends ImmutableContactDetails.Builder {
    Builder() {}
  }
}
