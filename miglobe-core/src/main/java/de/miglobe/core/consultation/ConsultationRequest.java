package de.miglobe.core.consultation;

import de.miglobe.core.LanguageCode;
import de.miglobe.core.contact.ContactPerson;
import de.miglobe.core.fieldofaction.FieldOfAction;
import de.miglobe.core.internal.Invariants;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A municipality's request (Antrag) for a consultation: when, by whom, the goals in the
 * municipality's words, the fields of action, the occasion ("Fest der Nationen") and the
 * communities or languages it wants to reach.
 */
@Value.Immutable
public abstract class ConsultationRequest {

  ConsultationRequest() {}

  /** @return a builder for a request */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the day of the request */
  public abstract LocalDate requestedOn();

  /** @return the contact person in the municipality who asked */
  public abstract ContactPerson requestedBy();

  /** @return the goals, in the municipality's words; at least one */
  public abstract List<String> goals();

  /** @return the fields of action concerned */
  public abstract Set<FieldOfAction> fieldsOfAction();

  /** @return the occasion, for example {@code "Fest der Nationen"} */
  public abstract Optional<String> occasion();

  /** @return the communities the municipality wants to reach, in its words */
  public abstract List<String> targetCommunities();

  /** @return the languages the municipality wants to reach people in */
  public abstract Set<LanguageCode> targetLanguages();

  @Value.Check
  void check() {
    Invariants.require(!goals().isEmpty(), "ConsultationRequest.goals", "must name at least one goal");
    goals().forEach(g -> Invariants.requireText(g, "ConsultationRequest.goals"));
    targetCommunities().forEach(c -> Invariants.requireLine(c, "ConsultationRequest.targetCommunities"));
    occasion().ifPresent(o -> Invariants.requireLine(o, "ConsultationRequest.occasion"));
  }

  /** Builds a {@link ConsultationRequest}. */
  public static final class Builder extends ImmutableConsultationRequest.Builder {
    Builder() {}
  }
}
