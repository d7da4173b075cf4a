/**
 * The wire format as streaming codecs on jackson-core, independent of jackson-databind: {@link
 * de.miglobe.json.codec.ModelCodecs} describes every type once. Not an API for users; it is public
 * so that adapters (the databind 2 module here, a Jackson 3 module later) can share it.
 */
package de.miglobe.json.codec;
