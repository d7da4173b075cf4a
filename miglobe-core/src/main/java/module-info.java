/**
 * The MiGlobe domain model: immutable value types for advisors, qualification, municipalities,
 * consultations and programme events, and the business rules that span them.
 *
 * <p>Every package is exported except {@code de.miglobe.core.internal}, which holds the Immutables
 * house style and the invariant checks. Immutables is needed at compile time only.
 */
// Immutables and libphonenumber ship as automatic modules (Automatic-Module-Name in their jars).
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module de.miglobe.core {
  // Transitive so that the @Value annotations on the public types resolve for users who compile
  // against them; static, so nothing of Immutables is needed at run time.
  requires static transitive org.immutables.value.annotations;
  requires com.google.i18n.phonenumbers.libphonenumber;

  exports de.miglobe.core;
  exports de.miglobe.core.advisor;
  exports de.miglobe.core.consultation;
  exports de.miglobe.core.contact;
  exports de.miglobe.core.event;
  exports de.miglobe.core.fieldofaction;
  exports de.miglobe.core.id;
  exports de.miglobe.core.municipality;
  exports de.miglobe.core.organisation;
  exports de.miglobe.core.policy;
  exports de.miglobe.core.programme;
  exports de.miglobe.core.qualification;
  exports de.miglobe.core.rule;
}
