/**
 * Helpers of the {@link de.miglobe.testkit.ProgrammeGenerator}: word lists and real district keys.
 * Not a stable API; use the generator.
 */
package de.miglobe.testkit.generator;
