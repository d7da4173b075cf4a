/**
 * The walkthrough: the source story of the programme (the Salach consultation and the
 * certificates of 28 September 2018) told step by step through the public API. Start it with
 * {@code ./mvnw -B -q -pl examples -am compile exec:java}.
 */
package de.miglobe.examples.walkthrough;
