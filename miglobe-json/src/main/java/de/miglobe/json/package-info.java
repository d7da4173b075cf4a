/**
 * The MiGlobe JSON wire format: {@link de.miglobe.json.MiGlobeModule} for a Jackson {@code
 * ObjectMapper} of your own, {@link de.miglobe.json.MiGlobeJson} for a ready, hardened reader and
 * writer, and {@link de.miglobe.json.MiGlobeJsonException} for every problem of a bad document.
 * The format itself is documented in {@code docs/json-format.md} and as JSON Schemas under {@code
 * de/miglobe/json/schema/}.
 */
package de.miglobe.json;
