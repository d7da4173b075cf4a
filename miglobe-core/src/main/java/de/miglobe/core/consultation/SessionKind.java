package de.miglobe.core.consultation;

import de.miglobe.core.Labelled;

/** The kind of work done in a consultation session. */
public enum SessionKind implements Labelled {
  /** A meeting with the municipality. */
  MEETING("meeting"),
  /** A workshop. */
  WORKSHOP("workshop"),
  /** Opening networks: meeting migrant associations and initiatives. */
  NETWORKING("networking"),
  /** Support at an event of the municipality. */
  EVENT_SUPPORT("event_support");

  private final String code;

  SessionKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
