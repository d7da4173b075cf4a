package de.miglobe.core.consultation;

import de.miglobe.core.id.AdvisorId;
import org.immutables.value.Value;

/** An advisor on a consultation team, with a role. */
@Value.Immutable
public abstract class TeamMember {

  TeamMember() {}

  /**
   * A team member.
   *
   * @param advisor the advisor; not null
   * @param role the role; not null
   * @return the member
   */
  public static TeamMember of(AdvisorId advisor, TeamRole role) {
    return new Builder().advisor(advisor).role(role).build();
  }

  /** @return the advisor */
  public abstract AdvisorId advisor();

  /** @return the advisor's role on the team */
  public abstract TeamRole role();

  /** Builds a {@link TeamMember}. */
  public static final class Builder extends ImmutableTeamMember.Builder {
    Builder() {}
  }
}
