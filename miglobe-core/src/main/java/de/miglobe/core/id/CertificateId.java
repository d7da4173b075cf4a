package de.miglobe.core.id;

/** Identifies a certificate (Zertifikat) issued to an advisor. */
public final class CertificateId extends Identifier {

  private CertificateId(String value) {
    super("CertificateId", value);
  }

  /**
   * The identifier with this value.
   *
   * @param value 1 to 64 characters from {@code [A-Za-z0-9._-]}; not null
   * @return the identifier
   * @throws de.miglobe.core.InvalidValueException if the value is not of that form
   */
  public static CertificateId of(String value) {
    return new CertificateId(value);
  }

  /** @return a fresh identifier with a random (UUID) value */
  public static CertificateId random() {
    return new CertificateId(randomValue());
  }
}
