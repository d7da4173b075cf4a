package de.miglobe.core.event;

import de.miglobe.core.Labelled;

/** The kind of an item on a programme event's agenda. */
public enum AgendaItemKind implements Labelled {
  /** Podiumsgespräch, for example one that presents a consultation. */
  PANEL("panel"),
  /** Diskussion in Kleingruppen. */
  SMALL_GROUP_DISCUSSION("small_group_discussion"),
  /** Feierliche Zeremonie, for example the handing over of certificates. */
  CEREMONY("ceremony"),
  /** Vortrag. */
  TALK("talk"),
  /** Any other item. */
  OTHER("other");

  private final String code;

  AgendaItemKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
