package de.miglobe.core.consultation;

import de.miglobe.core.Labelled;

/** The format of a consultation. */
public enum ConsultationFormat implements Labelled {
  /** Auftaktgespräch: a first talk with the municipality. */
  KICK_OFF_TALK("kick_off_talk"),
  /** Dialogforum: a moderated forum of the municipality and migrant actors. */
  DIALOGUE_FORUM("dialogue_forum"),
  /** Prozessbegleitung: a consultation over several months. */
  MULTI_MONTH_CONSULTATION("multi_month_consultation");

  private final String code;

  ConsultationFormat(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
