package de.miglobe.core.municipality;

import de.miglobe.core.fieldofaction.FieldOfAction;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a municipality already does in development policy: fair-trade town, Agenda 2030 resolution,
 * partnerships abroad, and the fields of action it focuses on.
 */
@Value.Immutable
public abstract class DevelopmentPolicyProfile {

  DevelopmentPolicyProfile() {}

  /** @return a builder for a profile */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true if the municipality holds the title Fairtrade-Stadt / Fairtrade-Gemeinde */
  @Value.Default
  public boolean fairTradeTown() {
    return false;
  }

  /** @return true if the council signed the Agenda 2030 model resolution (Musterresolution) */
  @Value.Default
  public boolean agenda2030ResolutionSigned() {
    return false;
  }

  /** @return partnerships with municipalities abroad */
  public abstract List<MunicipalPartnership> partnerships();

  /** @return the fields of action the municipality focuses on */
  public abstract Set<FieldOfAction> focusFields();

  /** Builds a {@link DevelopmentPolicyProfile}. */
  public static final class Builder extends ImmutableDevelopmentPolicyProfile.Builder {
    Builder() {}
  }
}
