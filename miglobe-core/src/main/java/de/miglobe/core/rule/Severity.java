package de.miglobe.core.rule;

/** How much a violated rule weighs: an error blocks an operation, a warning never does. */
public enum Severity {
  /** The rule must hold; an operation with an error is refused. */
  ERROR,
  /** A hint worth showing (for example a single advisor instead of a tandem); never blocks. */
  WARNING
}
