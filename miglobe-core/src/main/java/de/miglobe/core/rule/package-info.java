/**
 * Explained results of the programme's rules: a {@link de.miglobe.core.rule.Violation} names the
 * {@link de.miglobe.core.rule.RuleCode} that does not hold, its {@link
 * de.miglobe.core.rule.Severity}, the path of the offending value and the parameters, and renders a
 * German (default) or English message; an {@link de.miglobe.core.rule.Evaluation} collects
 * violations; an {@link de.miglobe.core.rule.OperationResult} is what a state-changing operation
 * returns: the new value with its warnings, or the violations that refused it.
 *
 * <p>Errors block an operation; warnings never do. This package depends only on the root package
 * {@code de.miglobe.core}.
 *
 * <h2>Path syntax</h2>
 *
 * A path names the offending value relative to the value that was evaluated: attribute names as in
 * the Java API, joined by dots, with zero-based list indexes in brackets, for example {@code
 * consultations[3].team[1]} or {@code sessions[0].date}. The empty path {@code ""} is the evaluated
 * value itself. When the whole programme is validated, paths start at the {@code Programme} ({@code
 * consultations[3]…}, {@code phases[0].enrolments[2]}); an operation on one consultation reports
 * paths relative to that consultation ({@code team[1]}).
 */
package de.miglobe.core.rule;
