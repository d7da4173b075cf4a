package de.miglobe.core.rule;

import de.miglobe.core.MiGlobeException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown by {@link OperationResult#orElseThrow()} when an operation was refused. Carries every
 * violation; the message lists only codes and paths, never personal data, so it is safe to log.
 */
public final class RuleViolationException extends MiGlobeException {

  private static final long serialVersionUID = 1L;

  private final transient Evaluation evaluation;

  /**
   * Creates the exception for a refusal.
   *
   * @param evaluation the violations that refused the operation; not null
   */
  public RuleViolationException(Evaluation evaluation) {
    super(messageOf(Objects.requireNonNull(evaluation, "evaluation")));
    this.evaluation = evaluation;
  }

  /** @return the violations, errors and warnings, in the order they were found; never null */
  public List<Violation> violations() {
    return evaluation.violations();
  }

  /** @return the evaluation that refused the operation; never null */
  public Evaluation evaluation() {
    return evaluation;
  }

  private static String messageOf(Evaluation evaluation) {
    return "operation refused: "
        + evaluation.errors().stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
