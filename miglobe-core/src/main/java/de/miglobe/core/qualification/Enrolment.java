package de.miglobe.core.qualification;

import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.internal.Invariants;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An advisor's enrolment in a qualification phase: when, its status, the modules attended (by
 * module number) and the practice record.
 *
 * <p>Invariant: a withdrawn enrolment has a withdrawal day not before the enrolment day, and only a
 * withdrawn one has such a day.
 */
@Value.Immutable
public abstract class Enrolment {

  Enrolment() {}

  /** @return a builder for an enrolment */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the enrolled advisor */
  public abstract AdvisorId advisor();

  /** @return the day of enrolment */
  public abstract LocalDate enrolledOn();

  /** @return where the enrolment stands; {@link EnrolmentStatus#ENROLLED} unless set */
  @Value.Default
  public EnrolmentStatus status() {
    return EnrolmentStatus.ENROLLED;
  }

  /** @return the day the advisor withdrew; present exactly when the status is withdrawn */
  public abstract Optional<LocalDate> withdrawnOn();

  /** @return the numbers of the modules attended */
  public abstract Set<Integer> attendedModules();

  /** @return the practice gathered during the phase */
  @Value.Default
  public PracticeRecord practice() {
    return PracticeRecord.none();
  }

  @Value.Check
  void check() {
    boolean withdrawn = status() == EnrolmentStatus.WITHDRAWN;
    Invariants.require(
        withdrawn == withdrawnOn().isPresent(),
        "Enrolment.withdrawnOn",
        withdrawn ? "is required when the status is withdrawn" : "must be absent unless withdrawn");
    withdrawnOn()
        .ifPresent(
            w ->
                Invariants.require(
                    !w.isBefore(enrolledOn()),
                    "Enrolment.withdrawnOn",
                    "must not be before enrolledOn " + enrolledOn() + ", was " + w));
  }

  /** Builds an {@link Enrolment}. */
  public static final class Builder extends ImmutableEnrolment.Builder {
    Builder() {}
  }
}
