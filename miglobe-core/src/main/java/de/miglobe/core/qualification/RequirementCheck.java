package de.miglobe.core.qualification;

import de.miglobe.core.rule.RuleCode;
import de.miglobe.core.rule.Violation;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One certification requirement, checked for one advisor: the rule that states it, whether it
 * holds, and the numbers behind it as parameters (for example {@code done=1, required=1}).
 */
public final class RequirementCheck {

  private final Violation violation;
  private final boolean held;

  private RequirementCheck(Violation violation, boolean held) {
    this.violation = violation;
    this.held = held;
  }

  /**
   * A checked requirement.
   *
   * @param code the rule that is violated when the requirement is missing; not null
   * @param held whether the requirement holds
   * @param path the path of the value the requirement concerns; not null
   * @param parameterPairs names and values alternately (see {@link Violation#of(RuleCode, String,
   *     String...)})
   * @return the check
   */
  public static RequirementCheck of(
      RuleCode code, boolean held, String path, String... parameterPairs) {
    return new RequirementCheck(Violation.of(code, path, parameterPairs), held);
  }

  /** @return the rule that states the requirement; never null */
  public RuleCode code() {
    return violation.code();
  }

  /** @return true if the requirement holds */
  public boolean isHeld() {
    return held;
  }

  /** @return the numbers behind the check, by name, in display order; never null */
  public Map<String, String> parameters() {
    return violation.parameters();
  }

  /** @return the violation if the requirement is missing; empty if it holds */
  public Optional<Violation> violation() {
    return held ? Optional.empty() : Optional.of(violation);
  }

  /**
   * One line for the explanation: what holds ("Durchgeführte Praxisberatungen: 1 (erforderlich: 1).") or what is
   * missing (the violation's message).
   *
   * @param locale the language; not null (German unless English)
   * @return the line
   */
  public String summary(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return held
        ? Violation.render(violation.code().code() + ".held", locale, violation.parameters())
        : violation.message(locale);
  }

  /** @return the code, held or missing, and the path; no personal data */
  @Override
  public String toString() {
    return violation.code().code() + (held ? " held" : " missing") + " at " + violation.path();
  }
}
