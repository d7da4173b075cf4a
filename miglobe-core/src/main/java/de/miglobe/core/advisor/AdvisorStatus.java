package de.miglobe.core.advisor;

import de.miglobe.core.Labelled;

/** Where an advisor stands: applicant, in qualification, certified (active), inactive or withdrawn. */
public enum AdvisorStatus implements Labelled {
  /** Applied to the pool; not yet enrolled in a qualification phase. */
  APPLICANT("applicant"),
  /** Enrolled in a running qualification phase; may take part in consultations as practice. */
  IN_QUALIFICATION("in_qualification"),
  /** Holds a valid certificate and advises municipalities. */
  CERTIFIED("certified"),
  /** Certified but not taking consultations for now. */
  INACTIVE("inactive"),
  /** Left the programme. */
  WITHDRAWN("withdrawn");

  private final String code;

  AdvisorStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
