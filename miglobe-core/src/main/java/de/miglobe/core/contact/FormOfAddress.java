package de.miglobe.core.contact;

import de.miglobe.core.Labelled;

/** How a person is addressed in a German letter: Frau, Herr, or by full name without either. */
public enum FormOfAddress implements Labelled {
  /** "Frau"; formal salutation "Sehr geehrte Frau …". */
  FRAU("frau"),
  /** "Herr"; formal salutation "Sehr geehrter Herr …". */
  HERR("herr"),
  /** No gendered form; formal salutation "Guten Tag …" with the full name. */
  NONE("none");

  private final String code;

  FormOfAddress(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
