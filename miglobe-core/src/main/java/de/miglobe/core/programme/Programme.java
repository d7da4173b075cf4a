package de.miglobe.core.programme;

import de.miglobe.core.InvalidValueException;
import de.miglobe.core.advisor.Advisor;
import de.miglobe.core.consultation.Consultation;
import de.miglobe.core.event.ProgrammeEvent;
import de.miglobe.core.id.AdvisorId;
import de.miglobe.core.id.CertificateId;
import de.miglobe.core.id.ConsultationId;
import de.miglobe.core.id.Identifier;
import de.miglobe.core.id.MunicipalityId;
import de.miglobe.core.id.OrganisationId;
import de.miglobe.core.id.ProgrammeEventId;
import de.miglobe.core.id.QualificationPhaseId;
import de.miglobe.core.internal.Invariants;
import de.miglobe.core.municipality.Municipality;
import de.miglobe.core.organisation.Organisation;
import de.miglobe.core.policy.ProgrammePolicy;
import de.miglobe.core.qualification.Certificate;
import de.miglobe.core.qualification.QualificationPhase;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One programme's data set: its name, partners, policy, advisors, qualification phases,
 * certificates, municipalities, consultations, organisations and events.
 *
 * <p>Invariant checked when it is built: identifiers are unique within each collection (lookups by
 * identifier would otherwise be ambiguous). Referential integrity, capacity and overlaps are
 * programme rules, evaluated into explained results, so that imported data with gaps can still be
 * loaded and shown with its problems.
 *
 * <p>Lookups by identifier ({@link #advisor(AdvisorId)} and the like) use indexes built once, on
 * first use.
 */
@Value.Immutable
public abstract class Programme {

  Programme() {}

  /** @return a builder for a programme */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the programme's name, for example {@code "MiGlobe Baden-Württemberg"} */
  public abstract String name();

  /** @return the programme partners and funders, as organisations of {@link #organisations()} */
  public abstract Set<OrganisationId> partners();

  /** @return the thresholds of the rules; the defaults unless set */
  @Value.Default
  public ProgrammePolicy policy() {
    return ProgrammePolicy.defaults();
  }

  /** @return the advisor pool */
  public abstract List<Advisor> advisors();

  /** @return the qualification phases */
  public abstract List<QualificationPhase> phases();

  /** @return the certificates issued */
  public abstract List<Certificate> certificates();

  /** @return the municipalities known to the programme */
  public abstract List<Municipality> municipalities();

  /** @return the consultations */
  public abstract List<Consultation> consultations();

  /** @return the organisations of the network */
  public abstract List<Organisation> organisations();

  /** @return the programme events */
  public abstract List<ProgrammeEvent> events();

  /**
   * The advisor with an identifier.
   *
   * @param id the identifier; not null
   * @return the advisor, if the programme has it
   */
  public Optional<Advisor> advisor(AdvisorId id) {
    return Optional.ofNullable(advisorIndex().get(id));
  }

  /**
   * The qualification phase with an identifier.
   *
   * @param id the identifier; not null
   * @return the phase, if the programme has it
   */
  public Optional<QualificationPhase> phase(QualificationPhaseId id) {
    return Optional.ofNullable(phaseIndex().get(id));
  }

  /**
   * The certificate with an identifier.
   *
   * @param id the identifier; not null
   * @return the certificate, if the programme has it
   */
  public Optional<Certificate> certificate(CertificateId id) {
    return Optional.ofNullable(certificateIndex().get(id));
  }

  /**
   * The municipality with an identifier.
   *
   * @param id the identifier; not null
   * @return the municipality, if the programme has it
   */
  public Optional<Municipality> municipality(MunicipalityId id) {
    return Optional.ofNullable(municipalityIndex().get(id));
  }

  /**
   * The consultation with an identifier.
   *
   * @param id the identifier; not null
   * @return the consultation, if the programme has it
   */
  public Optional<Consultation> consultation(ConsultationId id) {
    return Optional.ofNullable(consultationIndex().get(id));
  }

  /**
   * The organisation with an identifier.
   *
   * @param id the identifier; not null
   * @return the organisation, if the programme has it
   */
  public Optional<Organisation> organisation(OrganisationId id) {
    return Optional.ofNullable(organisationIndex().get(id));
  }

  /**
   * The event with an identifier.
   *
   * @param id the identifier; not null
   * @return the event, if the programme has it
   */
  public Optional<ProgrammeEvent> event(ProgrammeEventId id) {
    return Optional.ofNullable(eventIndex().get(id));
  }

  @Value.Lazy
  Map<AdvisorId, Advisor> advisorIndex() {
    return index(advisors(), Advisor::id, "Programme.advisors");
  }

  @Value.Lazy
  Map<QualificationPhaseId, QualificationPhase> phaseIndex() {
    return index(phases(), QualificationPhase::id, "Programme.phases");
  }

  @Value.Lazy
  Map<CertificateId, Certificate> certificateIndex() {
    return index(certificates(), Certificate::id, "Programme.certificates");
  }

  @Value.Lazy
  Map<MunicipalityId, Municipality> municipalityIndex() {
    return index(municipalities(), Municipality::id, "Programme.municipalities");
  }

  @Value.Lazy
  Map<ConsultationId, Consultation> consultationIndex() {
    return index(consultations(), Consultation::id, "Programme.consultations");
  }

  @Value.Lazy
  Map<OrganisationId, Organisation> organisationIndex() {
    return index(organisations(), Organisation::id, "Programme.organisations");
  }

  @Value.Lazy
  Map<ProgrammeEventId, ProgrammeEvent> eventIndex() {
    return index(events(), ProgrammeEvent::id, "Programme.events");
  }

  private static <I extends Identifier, T> Map<I, T> index(
      List<T> elements, Function<T, I> id, String attribute) {
    Map<I, T> index = new LinkedHashMap<>(elements.size() * 2);
    for (T element : elements) {
      I key = id.apply(element);
      // Not Invariants.require: its message would be built for every element.
      if (index.put(key, element) != null) {
        throw InvalidValueException.of(attribute, "must not contain the id " + key + " twice");
      }
    }
    return Collections.unmodifiableMap(index);
  }

  @Value.Check
  Programme normalize() {
    // Building every index once here checks that identifiers are unique per collection.
    advisorIndex();
    phaseIndex();
    certificateIndex();
    municipalityIndex();
    consultationIndex();
    organisationIndex();
    eventIndex();
    String name = Invariants.requireLine(name(), "Programme.name");
    return name.equals(name()) ? this : builder().from(this).name(name).build();
  }

  /** Builds a {@link Programme}; {@link #build()} checks that identifiers are unique. */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }
}
