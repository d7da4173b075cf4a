package de.miglobe.core.qualification;

import de.miglobe.core.Labelled;

/** Where an enrolment in a qualification phase stands. */
public enum EnrolmentStatus implements Labelled {
  /** Taking part in the phase. */
  ENROLLED("enrolled"),
  /** Finished the phase (certified or not). */
  COMPLETED("completed"),
  /** Left the phase before its end. */
  WITHDRAWN("withdrawn");

  private final String code;

  EnrolmentStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
