package de.miglobe.core.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a state-changing operation returns: either the new value, with the warnings the operation
 * raised, or a refusal with every violation (at least one error). The value the operation was
 * called on is never changed. Immutable.
 *
 * @param <T> the type of the value
 */
public final class OperationResult<T> {

  private final T value;
  private final Evaluation evaluation;

  private OperationResult(T value, Evaluation evaluation) {
    this.value = value;
    this.evaluation = evaluation;
  }

  /**
   * A successful operation.
   *
   * @param value the new value; not null
   * @param warnings warnings to pass on; not null, must hold no error
   * @param <T> the value type
   * @return the result
   * @throws IllegalArgumentException if {@code warnings} holds an error
   */
  public static <T> OperationResult<T> accepted(T value, Evaluation warnings) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(warnings, "warnings");
    if (warnings.hasErrors()) {
      throw new IllegalArgumentException("an accepted operation must not carry errors: " + warnings);
    }
    return new OperationResult<>(value, warnings);
  }

  /**
   * A successful operation without warnings.
   *
   * @param value the new value; not null
   * @param <T> the value type
   * @return the result
   */
  public static <T> OperationResult<T> accepted(T value) {
    return accepted(value, Evaluation.empty());
  }

  /**
   * A refused operation.
   *
   * @param violations why; not null, must hold at least one error
   * @param <T> the value type
   * @return the result
   * @throws IllegalArgumentException if {@code violations} holds no error
   */
  public static <T> OperationResult<T> refused(Evaluation violations) {
    Objects.requireNonNull(violations, "violations");
    if (!violations.hasErrors()) {
      throw new IllegalArgumentException("a refused operation needs at least one error");
    }
    return new OperationResult<>(null, violations);
  }

  /**
   * Refused if the evaluation has errors, else accepted with the value the supplier builds (only
   * called when accepted) and the evaluation's warnings.
   *
   * @param evaluation the rules evaluated for the operation; not null
   * @param value builds the new value; not null, returns non-null
   * @param <T> the value type
   * @return the result
   */
  public static <T> OperationResult<T> of(Evaluation evaluation, Supplier<T> value) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(value, "value");
    return evaluation.hasErrors() ? refused(evaluation) : accepted(value.get(), evaluation);
  }

  /** @return true if the operation succeeded */
  public boolean isAccepted() {
    return value != null;
  }

  /** @return true if the operation was refused */
  public boolean isRefused() {
    return value == null;
  }

  /** @return the new value if accepted; empty if refused */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** @return the violations: the warnings of an accepted operation, or the reasons of a refusal */
  public Evaluation evaluation() {
    return evaluation;
  }

  /** @return every violation, errors and warnings; never null */
  public List<Violation> violations() {
    return evaluation.violations();
  }

  /** @return the warnings; never null */
  public List<Violation> warnings() {
    return evaluation.warnings();
  }

  /**
   * The new value, or an exception for a refusal.
   *
   * @return the new value; never null
   * @throws RuleViolationException if refused; it carries every violation
   */
  public T orElseThrow() {
    if (value == null) {
      throw new RuleViolationException(evaluation);
    }
    return value;
  }

  /**
   * Transforms the value of an accepted result; a refusal stays a refusal.
   *
   * @param mapper the transformation; not null, returns non-null
   * @param <U> the new value type
   * @return the transformed result, with the same violations
   */
  public <U> OperationResult<U> map(Function<? super T, ? extends U> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return value == null
        ? new OperationResult<>(null, evaluation)
        : new OperationResult<>(Objects.requireNonNull(mapper.apply(value), "mapped value"), evaluation);
  }

  /**
   * Chains a further operation on the new value; warnings of both are kept; a refusal of either is
   * the result.
   *
   * @param next the next operation; not null
   * @param <U> the new value type
   * @return the chained result
   */
  public <U> OperationResult<U> then(Function<? super T, OperationResult<U>> next) {
    Objects.requireNonNull(next, "next");
    if (value == null) {
      return new OperationResult<>(null, evaluation);
    }
    OperationResult<U> result = Objects.requireNonNull(next.apply(value), "next result");
    return new OperationResult<>(result.value, evaluation.and(result.evaluation));
  }

  /** @return {@code "accepted"} or {@code "refused"} with the violations' codes and paths */
  @Override
  public String toString() {
    return (value == null ? "refused " : "accepted ") + evaluation.violations();
  }
}
