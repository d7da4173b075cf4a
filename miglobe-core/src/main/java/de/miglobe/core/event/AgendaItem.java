package de.miglobe.core.event;

import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.internal.Invariants;
import java.util.Optional;
import org.immutables.value.Value;

/** An item on a programme event's agenda, optionally featuring a consultation (a panel presents one). */
@Value.Immutable
public abstract class AgendaItem {

  AgendaItem() {}

  /** @return a builder for an agenda item */
  public static Builder builder() {
    return new Builder();
  }

  /** @return what kind of item */
  public abstract AgendaItemKind kind();

  /** @return the title, for example {@code "Podiumsgespräch: der Beratungseinsatz in Salach"} */
  public abstract String title();

  /** @return the consultation presented, if any */
  public abstract Optional<ConsultationId> featuredConsultation();

  @Value.Check
  AgendaItem normalize() {
    String title = Invariants.requireLine(title(), "AgendaItem.title");
    return title.equals(title()) ? this : builder().from(this).title(title).build();
  }

  /** Builds an {@link AgendaItem}. */
  public static final class Builder extends ImmutableAgendaItem.Builder {
    Builder() {}
  }
}
