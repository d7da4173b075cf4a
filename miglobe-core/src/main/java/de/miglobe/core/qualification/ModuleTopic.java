package de.miglobe.core.qualification;

import de.miglobe.core.Labelled;

/** The topic of a training module in the qualification curriculum. */
public enum ModuleTopic implements Labelled {
  /** Handlungsfelder der kommunalen Entwicklungspolitik. */
  FIELDS_OF_ACTION("fields_of_action"),
  /** Interkulturelle Öffnung and its methods. */
  INTERCULTURAL_OPENING("intercultural_opening"),
  /** Kommunalstrukturen: municipal knowledge and structures. */
  MUNICIPAL_STRUCTURES("municipal_structures"),
  /** Beratungsmethoden. */
  CONSULTING_METHODS("consulting_methods"),
  /** Die Rolle als Berater*in. */
  ADVISOR_ROLE("advisor_role"),
  /** Praxis: reflection of the first consultations. */
  PRACTICE("practice"),
  /** Any other topic. */
  OTHER("other");

  private final String code;

  ModuleTopic(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
