package de.miglobe.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The architecture rules of {@code miglobe-core}, as ArchUnit rules so that {@link
 * CoreArchitectureTest} enforces them on the main code and {@link CoreArchitectureRulesTest} proves
 * on deliberately bad fixtures that each rule can fail.
 */
final class CoreArchitectureRules {

  /** The root package of the core module. */
  static final String CORE = "de.miglobe.core";

  /** The package whose types are not part of the public API. */
  static final String INTERNAL = CORE + ".internal";

  /** Packages of JSON libraries the core must not depend on (JSON is miglobe-json's job). */
  static final List<String> JSON_PACKAGES =
      List.of(
          "com.fasterxml.jackson..",
          "tools.jackson..",
          "com.google.gson..",
          "jakarta.json..",
          "javax.json..",
          "org.json..",
          "com.squareup.moshi..",
          "com.dslplatform.json..",
          "com.alibaba.fastjson..",
          "com.jsoniter..",
          "org.eclipse.yasson..",
          "net.minidev.json..");

  /** The core uses no JSON library: the model is format-neutral. */
  static final ArchRule CORE_USES_NO_JSON_LIBRARY =
      noClasses()
          .that()
          .resideInAPackage(CORE + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(JSON_PACKAGES.toArray(String[]::new))
          .because("the core model is format-neutral; the JSON mapping lives in miglobe-json");

  /** Calls that read the system clock or the system time zone behind the caller's back. */
  private static final DescribedPredicate<JavaAccess<?>> READS_SYSTEM_CLOCK =
      new DescribedPredicate<>("read the system clock") {
        @Override
        public boolean test(JavaAccess<?> access) {
          return readsSystemClock(access.getTarget());
        }
      };

  /**
   * Main code takes dates or an explicit {@link Clock}: no {@code now()} without a clock, no
   * {@code System.currentTimeMillis()}, no system clocks.
   */
  static final ArchRule NO_HIDDEN_CLOCK =
      noClasses()
          .that()
          .resideInAPackage(CORE + "..")
          .should()
          .accessTargetWhere(READS_SYSTEM_CLOCK)
          .because("operations take the date or an explicit Clock (DOMAIN.md: no hidden clock)");

  /** The public API names no generated {@code Immutable*} type and no internal type. */
  static final ArchRule PUBLIC_API_HIDES_GENERATED_AND_INTERNAL_TYPES =
      classes()
          .that(areExportedApi())
          .should(exposeNoGeneratedOrInternalType())
          .because(
              "users name the abstract value types and their Builder; generated Immutable* classes"
                  + " and de.miglobe.core.internal may change without notice")
          .allowEmptyShould(false);

  private CoreArchitectureRules() {}

  /**
   * The packages directly below {@code rootPackage} (with their subpackages) form no cycle.
   *
   * @param rootPackage for example {@code de.miglobe.core}
   * @return the rule
   */
  static ArchRule packagesAreFreeOfCycles(String rootPackage) {
    return slices()
        .matching(rootPackage + ".(*)..")
        .namingSlices("package $1")
        .should()
        .beFreeOfCycles()
        .because("each package of the model can be understood and changed from the bottom up");
  }

  static boolean readsSystemClock(AccessTarget target) {
    String owner = target.getOwner().getName();
    String name = target.getName();
    List<String> parameters =
        target instanceof AccessTarget.CodeUnitAccessTarget
            ? ((AccessTarget.CodeUnitAccessTarget) target)
                .getRawParameterTypes().stream().map(JavaClass::getName).toList()
            : List.of();
    boolean takesClock = parameters.contains(Clock.class.getName());
    switch (owner) {
      case "java.time.LocalDate":
      case "java.time.LocalDateTime":
      case "java.time.LocalTime":
      case "java.time.Instant":
      case "java.time.ZonedDateTime":
      case "java.time.OffsetDateTime":
      case "java.time.OffsetTime":
      case "java.time.Year":
      case "java.time.YearMonth":
      case "java.time.MonthDay":
        return name.equals("now") && !takesClock;
      case "java.time.Clock":
        return name.equals("systemDefaultZone") || name.equals("systemUTC") || name.equals("system");
      case "java.lang.System":
        return name.equals("currentTimeMillis");
      case "java.util.Date":
      case "java.util.GregorianCalendar":
        return name.equals("<init>") && parameters.isEmpty();
      case "java.util.Calendar":
        return name.equals("getInstance");
      default:
        return false;
    }
  }

  private static DescribedPredicate<JavaClass> areExportedApi() {
    return new DescribedPredicate<>("are public types of the exported core packages") {
      @Override
      public boolean test(JavaClass type) {
        return type.getPackageName().startsWith(CORE)
            && !isInternal(type)
            && !isGenerated(type)
            && isVisibleOutsideItsPackage(type);
      }
    };
  }

  private static ArchCondition<JavaClass> exposeNoGeneratedOrInternalType() {
    return new ArchCondition<>("expose no generated Immutable* or internal type in a signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaMember member : publicMembers(type)) {
          for (JavaClass exposed : signatureTypes(member)) {
            boolean bad = isGenerated(exposed) || isInternal(exposed);
            if (bad) {
              events.add(
                  SimpleConditionEvent.violated(
                      member,
                      member.getFullName()
                          + " in "
                          + type.getName()
                          + " exposes "
                          + exposed.getName()));
            }
          }
        }
      }
    };
  }

  /** Public and protected members a user can call on the type, inherited ones included. */
  private static Set<JavaMember> publicMembers(JavaClass type) {
    Set<JavaMember> members = new LinkedHashSet<>();
    for (JavaMember member : type.getAllMembers()) {
      boolean callable =
          member.getModifiers().contains(JavaModifier.PUBLIC)
              || member.getModifiers().contains(JavaModifier.PROTECTED);
      boolean fromJdk = member.getOwner().getPackageName().startsWith("java.");
      if (callable && !fromJdk && !member.getModifiers().contains(JavaModifier.SYNTHETIC)) {
        members.add(member);
      }
    }
    return members;
  }

  /** Every raw type named in the member's signature, type arguments included. */
  private static Set<JavaClass> signatureTypes(JavaMember member) {
    Set<JavaClass> types = new LinkedHashSet<>();
    if (member instanceof JavaCodeUnit) {
      JavaCodeUnit codeUnit = (JavaCodeUnit) member;
      types.addAll(codeUnit.getReturnType().getAllInvolvedRawTypes());
      codeUnit.getParameterTypes().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
      types.addAll(codeUnit.getThrowsClause().getTypes());
    } else if (member instanceof JavaField) {
      types.addAll(((JavaField) member).getType().getAllInvolvedRawTypes());
    }
    return types;
  }

  private static boolean isInternal(JavaClass type) {
    String packageName = type.getPackageName();
    return packageName.equals(INTERNAL) || packageName.startsWith(INTERNAL + ".");
  }

  /** A class Immutables generated: named {@code Immutable*} (or nested in one) in our packages. */
  static boolean isGenerated(JavaClass type) {
    if (!type.getPackageName().startsWith(CORE)) {
      return false;
    }
    Optional<JavaClass> current = Optional.of(type);
    while (current.isPresent()) {
      JavaClass candidate = current.get();
      if (candidate.getSimpleName().startsWith("Immutable")
          || candidate.isAnnotatedWith("org.immutables.value.Generated")) {
        return true;
      }
      current = candidate.getEnclosingClass();
    }
    return false;
  }

  private static boolean isVisibleOutsideItsPackage(JavaClass type) {
    Optional<JavaClass> current = Optional.of(type);
    while (current.isPresent()) {
      if (!current.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      current = current.get().getEnclosingClass();
    }
    return true;
  }
}
