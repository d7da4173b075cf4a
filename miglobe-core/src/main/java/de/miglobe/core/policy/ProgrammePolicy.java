package de.miglobe.core.policy;

import de.miglobe.core.internal.Invariants;
import de.miglobe.core.municipality.FederalState;
import de.miglobe.core.qualification.CertificationRequirements;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The thresholds of the programme's rules, with documented defaults. {@link #defaults()} is the
 * policy of the MiGlobe programmes in Baden-Württemberg and North Rhine-Westphalia.
 *
 * <p>Invariants: at least one region served; {@code 1 <= minTeamSize <= maxTeamSize <= 10};
 * qualification bounds {@code 1 <= min <= max <= 36} months; the warning share is 1 to 100 %.
 */
@Value.Immutable
public abstract class ProgrammePolicy {

  private static final ProgrammePolicy DEFAULTS = new Builder().build();

  ProgrammePolicy() {}

  /** @return a builder that starts from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the default policy */
  public static ProgrammePolicy defaults() {
    return DEFAULTS;
  }

  /** @return the federal states whose municipalities are eligible; default BW and NRW */
  @Value.Default
  public Set<FederalState> regionsServed() {
    return EnumSet.of(FederalState.BADEN_WUERTTEMBERG, FederalState.NORDRHEIN_WESTFALEN);
  }

  /** @return the smallest team; default 1 */
  @Value.Default
  public int minTeamSize() {
    return 1;
  }

  /** @return the largest team; default 2 (a tandem) */
  @Value.Default
  public int maxTeamSize() {
    return 2;
  }

  /** @return the team size the programme expects; smaller teams are a warning; default 2 */
  @Value.Default
  public int expectedTeamSize() {
    return 2;
  }

  /**
   * Whether a team with trainees must include a certified advisor. Default false: the first cohort
   * in Baden-Württemberg had no certified advisors yet.
   *
   * @return true if required
   */
  @Value.Default
  public boolean certifiedMemberRequiredWithTrainees() {
    return false;
  }

  /** @return the shortest plausible qualification phase in months; shorter is a warning; default 6 */
  @Value.Default
  public int minQualificationMonths() {
    return 6;
  }

  /** @return the longest plausible qualification phase in months; longer is a warning; default 14 */
  @Value.Default
  public int maxQualificationMonths() {
    return 14;
  }

  /** @return the share of the hours budget from which logged hours are a warning, in percent; default 90 */
  @Value.Default
  public int hoursBudgetWarningPercent() {
    return 90;
  }

  /** @return the certification requirements a new phase starts from */
  @Value.Default
  public CertificationRequirements certificationRequirements() {
    return CertificationRequirements.defaults();
  }

  @Value.Check
  void check() {
    Invariants.require(
        !regionsServed().isEmpty(), "ProgrammePolicy.regionsServed", "must name at least one state");
    Invariants.requireBetween(minTeamSize(), 1, 10, "ProgrammePolicy.minTeamSize");
    Invariants.requireBetween(maxTeamSize(), minTeamSize(), 10, "ProgrammePolicy.maxTeamSize");
    Invariants.requireBetween(
        expectedTeamSize(), minTeamSize(), maxTeamSize(), "ProgrammePolicy.expectedTeamSize");
    Invariants.requireBetween(minQualificationMonths(), 1, 36, "ProgrammePolicy.minQualificationMonths");
    Invariants.requireBetween(
        maxQualificationMonths(), minQualificationMonths(), 36, "ProgrammePolicy.maxQualificationMonths");
    Invariants.requireBetween(
        hoursBudgetWarningPercent(), 1, 100, "ProgrammePolicy.hoursBudgetWarningPercent");
  }

  /** Builds a {@link ProgrammePolicy}; unset thresholds keep their defaults. */
  public static final class Builder extends ImmutableProgrammePolicy.Builder {
    Builder() {}
  }
}
