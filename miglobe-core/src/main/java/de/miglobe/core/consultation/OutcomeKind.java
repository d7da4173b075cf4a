package de.miglobe.core.consultation;

import de.miglobe.core.Labelled;

/** What kind of result a consultation achieved. */
public enum OutcomeKind implements Labelled {
  /** New contacts between the municipality and migrant actors. */
  NEW_CONTACTS("new_contacts"),
  /** An event held with migrant actors on board. */
  EVENT_HELD("event_held"),
  /** A body (committee, working group) opened up to migrant actors. */
  BODY_OPENED_UP("body_opened_up"),
  /** A topic the municipality takes up afterwards, such as racism. */
  FOLLOW_UP_TOPIC("follow_up_topic"),
  /** A partnership started. */
  PARTNERSHIP_STARTED("partnership_started"),
  /** Any other outcome. */
  OTHER("other");

  private final String code;

  OutcomeKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
