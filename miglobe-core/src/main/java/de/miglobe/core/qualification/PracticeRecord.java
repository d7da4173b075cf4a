package de.miglobe.core.qualification;

import de.miglobe.core.Hours;
import de.miglobe.core.id.ConsultationId;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The practical consulting experience (praktische Beratungserfahrung) a trainee gathered during a
 * qualification phase: the consultations taken part in and the hours spent.
 */
@Value.Immutable
public abstract class PracticeRecord {

  private static final PracticeRecord NONE = new Builder().build();

  PracticeRecord() {}

  /** @return a builder for a practice record */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a record with no practice yet */
  public static PracticeRecord none() {
    return NONE;
  }

  /** @return the consultations the trainee took part in during the phase */
  public abstract Set<ConsultationId> consultations();

  /** @return the hours of practice logged */
  @Value.Default
  public Hours hours() {
    return Hours.ZERO;
  }

  /** Builds a {@link PracticeRecord}. */
  public static final class Builder extends ImmutablePracticeRecord.Builder {
    Builder() {}
  }
}
