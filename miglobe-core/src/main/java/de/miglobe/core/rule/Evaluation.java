package de.miglobe.core.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of evaluating rules: every violation found, errors and warnings, in the order found.
 * An empty evaluation means every rule holds. Immutable.
 */
public final class Evaluation {

  private static final Evaluation EMPTY = new Evaluation(List.of());

  private final List<Violation> violations;

  private Evaluation(List<Violation> violations) {
    this.violations = violations;
  }

  /** @return the evaluation in which every rule holds */
  public static Evaluation empty() {
    return EMPTY;
  }

  /**
   * An evaluation of the given violations.
   *
   * @param violations the violations; not null, no null elements; copied
   * @return the evaluation
   */
  public static Evaluation of(Collection<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    return violations.isEmpty() ? EMPTY : new Evaluation(List.copyOf(violations));
  }

  /**
   * An evaluation of the given violations.
   *
   * @param violations the violations; not null
   * @return the evaluation
   */
  public static Evaluation of(Violation... violations) {
    return of(List.of(violations));
  }

  /** @return a builder that collects violations */
  public static Builder builder() {
    return new Builder();
  }

  /** @return every violation, in the order found; unmodifiable, never null */
  public List<Violation> violations() {
    return violations;
  }

  /** @return the violations of severity {@link Severity#ERROR}; never null */
  public List<Violation> errors() {
    return violations.stream().filter(Violation::isError).collect(Collectors.toUnmodifiableList());
  }

  /** @return the violations of severity {@link Severity#WARNING}; never null */
  public List<Violation> warnings() {
    return violations.stream().filter(v -> !v.isError()).collect(Collectors.toUnmodifiableList());
  }

  /** @return true if at least one error was found (an operation would be refused) */
  public boolean hasErrors() {
    for (Violation violation : violations) {
      if (violation.isError()) {
        return true;
      }
    }
    return false;
  }

  /** @return true if no violation at all was found */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /** @return the codes of the violations, in order, with repeats; never null */
  public List<RuleCode> codes() {
    return violations.stream().map(Violation::code).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether a violation of a rule was found.
   *
   * @param code the rule; not null
   * @return true if present
   */
  public boolean has(RuleCode code) {
    Objects.requireNonNull(code, "code");
    return violations.stream().anyMatch(v -> v.code() == code);
  }

  /**
   * Both evaluations: this one's violations followed by the other's.
   *
   * @param other the other evaluation; not null
   * @return the combined evaluation
   */
  public Evaluation and(Evaluation other) {
    Objects.requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<Violation> all = new ArrayList<>(violations.size() + other.violations.size());
    all.addAll(violations);
    all.addAll(other.violations);
    return new Evaluation(Collections.unmodifiableList(all));
  }

  /**
   * The same violations with their paths inside an enclosing value (see {@link
   * Violation#under(String)}).
   *
   * @param prefix the enclosing path; not null
   * @return the evaluation with longer paths
   */
  public Evaluation under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty() || isEmpty()) {
      return this;
    }
    return new Evaluation(
        violations.stream().map(v -> v.under(prefix)).collect(Collectors.toUnmodifiableList()));
  }

  /**
   * The messages of all violations in a language, in order.
   *
   * @param locale the language; not null
   * @return the messages; never null
   */
  public List<String> messages(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return violations.stream().map(v -> v.message(locale)).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evaluation && ((Evaluation) o).violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /** @return the violations' {@code toString()} forms: codes and paths, no personal data */
  @Override
  public String toString() {
    return "Evaluation" + violations;
  }

  /** Collects violations in order; not thread-safe; {@link #build()} may be called once or more. */
  public static final class Builder {

    private final List<Violation> violations = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a violation.
     *
     * @param violation the violation; not null
     * @return this builder
     */
    public Builder add(Violation violation) {
      violations.add(Objects.requireNonNull(violation, "violation"));
      return this;
    }

    /**
     * Adds a violation with the code's default severity (see {@link Violation#of(RuleCode, String,
     * String...)}).
     *
     * @param code the rule; not null
     * @param path the path; not null
     * @param parameterPairs names and values alternately
     * @return this builder
     */
    public Builder add(RuleCode code, String path, String... parameterPairs) {
      return add(Violation.of(code, path, parameterPairs));
    }

    /**
     * Adds every violation of an evaluation.
     *
     * @param evaluation the evaluation; not null
     * @return this builder
     */
    public Builder addAll(Evaluation evaluation) {
      violations.addAll(Objects.requireNonNull(evaluation, "evaluation").violations());
      return this;
    }

    /** @return true if an error was added */
    public boolean hasErrors() {
      for (Violation violation : violations) {
        if (violation.isError()) {
          return true;
        }
      }
      return false;
    }

    /** @return the evaluation of the violations added so far */
    public Evaluation build() {
      return Evaluation.of(violations);
    }
  }
}
