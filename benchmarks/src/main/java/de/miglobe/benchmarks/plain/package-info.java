/**
 * The baseline data types: the programme document as plain Java records without validation
 * ({@link de.miglobe.benchmarks.plain.PlainProgramme}) and the stock binders a user would bind
 * them with ({@link de.miglobe.benchmarks.plain.PlainBinders}).
 */
package de.miglobe.benchmarks.plain;
