package de.miglobe.core.consultation;

import de.miglobe.core.Labelled;

/** The role of an advisor on a consultation team. */
public enum TeamRole implements Labelled {
  /** Leads the consultation and is the municipality's first contact. */
  LEAD("lead"),
  /** Second advisor of the tandem. */
  CO_ADVISOR("co_advisor"),
  /** An advisor in qualification for whom the consultation is practice. */
  TRAINEE("trainee");

  private final String code;

  TeamRole(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
