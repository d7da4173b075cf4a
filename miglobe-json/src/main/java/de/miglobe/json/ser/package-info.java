/** jackson-databind serializers that adapt the codecs of {@link de.miglobe.json.codec}. */
package de.miglobe.json.ser;
