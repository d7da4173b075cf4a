/**
 * Internal support of the core: the Immutables house style and the invariant checks. Not part of
 * the public API; its types may change in any release.
 */
package de.miglobe.core.internal;
