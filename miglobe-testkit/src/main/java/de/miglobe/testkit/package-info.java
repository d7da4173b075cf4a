/**
 * Ready-made data for tests, benchmarks and UI prototypes: {@link de.miglobe.testkit.SalachStory},
 * the source story of the programme (Stuttgart, 28 September 2018) as values, and a seeded generator
 * of valid programmes of any size.
 */
package de.miglobe.testkit;
