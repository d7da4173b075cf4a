package de.miglobe.core.advisor;

import de.miglobe.core.Labelled;

/** What an advisor can consent to (GDPR Art. 6 and 9). */
public enum ConsentScope implements Labelled {
  /** Publication of the profile (name, languages, expertise) on public pages. */
  PUBLIC_PROFILE("public_profile"),
  /** Processing of attributes that can reveal ethnic origin: countries of origin or experience, communities (GDPR Art. 9). */
  SENSITIVE_ATTRIBUTES("sensitive_attributes"),
  /** Publication of photos and quotes. */
  PHOTOS_AND_QUOTES("photos_and_quotes");

  private final String code;

  ConsentScope(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
