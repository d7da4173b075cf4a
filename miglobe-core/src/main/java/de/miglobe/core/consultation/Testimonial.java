package de.miglobe.core.consultation;

import de.miglobe.core.contact.PersonName;
import de.miglobe.core.internal.Invariants;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A testimonial (Zitat, Stimme): a quote about a consultation, its speaker and the speaker's
 * consent to publication. Publishing one without consent is a rule violation.
 */
@Value.Immutable
public abstract class Testimonial {

  Testimonial() {}

  /** @return a builder for a testimonial */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the quote, as spoken */
  public abstract String quote();

  /** @return who said it */
  public abstract PersonName speaker();

  /** @return the speaker's function, for example {@code "Bereichsleiterin Familien und Soziales"} */
  public abstract Optional<String> speakerFunction();

  /** @return the day the speaker consented to publication, if they did */
  public abstract Optional<LocalDate> consentGivenOn();

  /** @return true if the quote is (to be) published */
  @Value.Default
  public boolean published() {
    return false;
  }

  /** @return true if the speaker consented to publication */
  public boolean hasConsent() {
    return consentGivenOn().isPresent();
  }

  @Value.Check
  void check() {
    Invariants.requireText(quote(), "Testimonial.quote");
    speakerFunction().ifPresent(f -> Invariants.requireLine(f, "Testimonial.speakerFunction"));
  }

  /** Builds a {@link Testimonial}. */
  public static final class Builder extends ImmutableTestimonial.Builder {
    Builder() {}
  }
}
