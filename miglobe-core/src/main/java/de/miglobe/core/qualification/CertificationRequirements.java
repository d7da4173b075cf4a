package de.miglobe.core.qualification;

import de.miglobe.core.Hours;
import de.miglobe.core.internal.Invariants;
import org.immutables.value.Value;

/**
 * What an enrolled advisor must have done to be certified (policy data, set per phase): the share
 * of mandatory modules attended, a minimum of practice consultations and hours, and whether the
 * phase must have ended.
 *
 * <p>Defaults: 100 % of mandatory modules, 1 practice consultation, 0 practice hours, phase ended.
 */
@Value.Immutable
public abstract class CertificationRequirements {

  private static final CertificationRequirements DEFAULTS = new Builder().build();

  CertificationRequirements() {}

  /** @return a builder that starts from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the default requirements */
  public static CertificationRequirements defaults() {
    return DEFAULTS;
  }

  /** @return the share of mandatory modules that must be attended, in percent, 0 to 100 */
  @Value.Default
  public int mandatoryModulesAttendedPercent() {
    return 100;
  }

  /** @return the least number of practice consultations, 0 to 100 */
  @Value.Default
  public int minimumPracticeConsultations() {
    return 1;
  }

  /** @return the least number of practice hours */
  @Value.Default
  public Hours minimumPracticeHours() {
    return Hours.ZERO;
  }

  /** @return true if a certificate may only be issued once the phase has ended */
  @Value.Default
  public boolean phaseMustHaveEnded() {
    return true;
  }

  @Value.Check
  void check() {
    Invariants.requireBetween(
        mandatoryModulesAttendedPercent(),
        0,
        100,
        "CertificationRequirements.mandatoryModulesAttendedPercent");
    Invariants.requireBetween(
        minimumPracticeConsultations(), 0, 100, "CertificationRequirements.minimumPracticeConsultations");
  }

  /** Builds {@link CertificationRequirements}. */
  public static final class Builder extends ImmutableCertificationRequirements.Builder {
    Builder() {}
  }
}
