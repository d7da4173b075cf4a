package de.miglobe.core.qualification;

import de.miglobe.core.Hours;
import de.miglobe.core.internal.Invariants;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A training module (Fortbildungsseminar, "Modul 4 Kommunalstrukturen") of a qualification
 * phase's curriculum: its number within the curriculum, title, topic, dates, hours and whether
 * attendance is mandatory for the certificate.
 */
@Value.Immutable
public abstract class TrainingModule {

  TrainingModule() {}

  /** @return a builder for a module */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the module's number in the curriculum, 1 to 99, unique within the phase */
  public abstract int number();

  /** @return the title, for example {@code "Kommunalstrukturen"} */
  public abstract String title();

  /** @return the topic */
  public abstract ModuleTopic topic();

  /** @return the days the module is held on, ascending and without repeats; may be empty while unscheduled */
  public abstract List<LocalDate> dates();

  /** @return the length in hours, more than zero */
  public abstract Hours hours();

  /** @return true if attendance counts towards the certificate's mandatory share */
  @Value.Default
  public boolean mandatory() {
    return true;
  }

  @Value.Check
  TrainingModule normalize() {
    Invariants.requireBetween(number(), 1, 99, "TrainingModule.number");
    Invariants.require(hours().hundredths() > 0, "TrainingModule.hours", "must be more than 0");
    for (int i = 1; i < dates().size(); i++) {
      Invariants.require(
          dates().get(i).isAfter(dates().get(i - 1)),
          "TrainingModule.dates",
          "must be ascending without repeats");
    }
    String title = Invariants.requireLine(title(), "TrainingModule.title");
    return title.equals(title()) ? this : builder().from(this).title(title).build();
  }

  /** Builds a {@link TrainingModule}. */
  public static final class Builder extends ImmutableTrainingModule.Builder {
    Builder() {}
  }
}
