package de.miglobe.core.event;

import de.miglobe.core.Labelled;

/** The kind of a programme event. */
public enum ProgrammeEventKind implements Labelled {
  /** Stakeholder-Treffen. */
  STAKEHOLDER_MEETING("stakeholder_meeting"),
  /** Zertifikatsübergabe. */
  CERTIFICATE_CEREMONY("certificate_ceremony"),
  /** Austauschtreffen der Berater*innen. */
  ADVISOR_EXCHANGE("advisor_exchange"),
  /** Vortrag oder Infostand. */
  TALK_OR_INFORMATION_STAND("talk_or_information_stand"),
  /** Fortbildungsseminar. */
  TRAINING_SEMINAR("training_seminar");

  private final String code;

  ProgrammeEventKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
