/**
 * The identifiers through which aggregates refer to each other (never by object): one final type
 * per aggregate, so they are not interchangeable at compile time.
 *
 * <p>They form the shared kernel of the model and depend on nothing else in it, which keeps the
 * aggregate packages free of cycles.
 */
package de.miglobe.core.id;
