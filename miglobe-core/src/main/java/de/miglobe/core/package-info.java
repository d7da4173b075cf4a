/**
 * The shared kernel of the MiGlobe model: the exception family ({@link
 * de.miglobe.core.MiGlobeException}), labelled closed lists ({@link de.miglobe.core.Labelled}) and
 * the small values every aggregate uses (periods, hours, language and country codes).
 *
 * <p>The aggregates live in sub-packages named after them and refer to each other only by
 * identifier ({@link de.miglobe.core.id}).
 */
package de.miglobe.core;
