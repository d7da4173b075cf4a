package de.miglobe.core.consultation;

import de.miglobe.core.Labelled;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a consultation stands in its lifecycle. The only transitions are: requested → approved |
 * declined | cancelled; approved → in progress | cancelled; in progress → completed | cancelled.
 * Declined, completed and cancelled are final.
 */
public enum ConsultationStatus implements Labelled {
  /** Beantragt: the municipality asked for a consultation. */
  REQUESTED("requested"),
  /** Bewilligt: the programme office accepted the request. */
  APPROVED("approved"),
  /** Abgelehnt: the programme office turned the request down (final). */
  DECLINED("declined"),
  /** Laufend: a team is assigned and the work has started. */
  IN_PROGRESS("in_progress"),
  /** Abgeschlossen: the work is done (final). */
  COMPLETED("completed"),
  /** Abgebrochen: stopped before completion, with a reason (final). */
  CANCELLED("cancelled");

  private final String code;

  ConsultationStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** @return the statuses this one may change to; empty for a final status */
  public Set<ConsultationStatus> next() {
    switch (this) {
      case REQUESTED:
        return EnumSet.of(APPROVED, DECLINED, CANCELLED);
      case APPROVED:
        return EnumSet.of(IN_PROGRESS, CANCELLED);
      case IN_PROGRESS:
        return EnumSet.of(COMPLETED, CANCELLED);
      default:
        return EnumSet.noneOf(ConsultationStatus.class);
    }
  }

  /**
   * Whether the lifecycle allows a change from this status to {@code target}.
   *
   * @param target the status to change to; not null
   * @return true if the transition exists
   */
  public boolean canChangeTo(ConsultationStatus target) {
    return next().contains(target);
  }

  /** @return true for declined, completed and cancelled */
  public boolean isFinal() {
    return next().isEmpty();
  }
}
